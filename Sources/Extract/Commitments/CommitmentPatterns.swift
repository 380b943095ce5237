import Foundation

/// The compiled expressions commitment detection runs on, built once.
enum CommitmentPatterns {
  static func compile(_ pattern: String, caseless: Bool = true) -> ICURegex {
    var options: NSRegularExpression.Options = [.allowCommentsAndWhitespace]
    if caseless { options.insert(.caseInsensitive) }
    // The patterns are literals checked by the tests; a failure here is a programming error.
    return try! ICURegex(pattern, options: options)
  }

  /// A caseless expression on the text itself, tried only at words starting with one of `prefixes` (and, for
  /// case folding, at units above ASCII).
  static func caselessLed(_ pattern: String, prefixes: [String]) -> WordLedRegex {
    WordLedRegex(
      pattern, options: [.allowCommentsAndWhitespace, .caseInsensitive], starts: WordStarts(prefixes: prefixes, nonASCII: true))
  }

  /// For the expressions that run most often: written in lower case and matched case-sensitively on
  /// ASCII-lowercased text (`DocumentText.lowered`, `String.asciiLowercased()`): 1.7× faster for the verb groups.
  /// Those that start with a lookahead for the first character ("(?=[a-z])") say what every alternative starts
  /// with, so ICU rejects the other positions before trying each alternative in turn.
  static func lowered(_ pattern: String) -> ICURegex {
    compile(pattern, caseless: false)
  }

  /// Adverbs that may sit inside a verb group ("we have also recently introduced"), as alternatives of a pattern.
  static let adverbs = [
    "also", "now", "then", "further", "currently", "still", "already", "recently", "actively", "jointly",
    "immediately", "subsequently", "therefore", "additionally", "carefully", "formally", "specifically", "shortly",
    "swiftly", "urgently", "proactively", "duly", "fully", "regularly", "routinely", "continually", "continuously",
    "again", "similarly", "initially", "quickly", "promptly", "closely", "thoroughly", "separately", "collectively",
    "together", "today", "not", "all", "both", "each", "personally", "independently", "directly", "consequently",
    "accordingly", "since", "finally", "so\\s+far", "in\\s+turn", "as\\s+usual", "likely", "probably", "hopefully",
    "always", "explicitly", "clearly",
    ",\\s*(?:where(?:ver)?|when(?:ever)?|if)\\s+(?:possible|appropriate|necessary|required|needed|practicable)\\s*,",
    "(?:this|last)\\s+(?:year|month|week|term)",
  ]

  /// Any number of `adverbs`, each followed by space.
  static let adv = "(?:" + byFirstLetter(adverbs) + "\\s+)*"

  /// `(?:a|b|…)` with consecutive alternatives that begin with the same letter grouped under it, in their order:
  /// ICU tries alternatives one by one, saving its whole state (25 groups' worth for the verb groups) before each,
  /// so one test of the first letter instead of dozens saves most of the work. Alternatives with different first
  /// letters can never match at one place, so the grouping changes no match; one that begins with a construct
  /// ("(?:", "\\b", "^") keeps its place, and no group reaches across it. Only for expressions matched
  /// case-sensitively (on lowered text).
  static func byFirstLetter(_ alternatives: [String]) -> String {
    var parts: [String] = []
    var groups: [(Character, [String])] = []
    func close() {
      for (letter, rests) in groups {
        parts.append(rests.count == 1 ? "\(letter)\(rests[0])" : "\(letter)(?:\(rests.joined(separator: "|")))")
      }
      groups = []
    }
    for a in alternatives {
      guard let first = a.first, first.isASCII, first.isLetter || first == "'" else {
        close()
        parts.append(a)
        continue
      }
      if let k = groups.firstIndex(where: { $0.0 == first }) {
        groups[k].1.append(String(a.dropFirst()))
      } else {
        groups.append((first, [String(a.dropFirst())]))
      }
    }
    close()
    return "(?:" + parts.joined(separator: "|") + ")"
  }

  /// One pass finds every verb group; named groups say which kind matched. Runs on lowered text.
  static let verbGroup = #"""
    (?=[a-z'])\b(?:
      (?<cont>(?:(?:will|shall)\s+\#(adv)continue|continues?|continuing|(?:will\s+)?carry\s+on)\s+to\s+\#(adv)
        (?:be\s+)?(?<cv>[a-z]+))
    | (?<int>\#(intentions)\s+to\s+\#(adv)
        (?:be\s+(?<ibe>[a-z]+)|(?<iv>[a-z]+)))
    | (?<tobe>(?:is|are)\s+to\s+be\s+(?<tv>[a-z]+))
    | (?<fut>(?:will|shall|'ll)(?:\s*,\s*(?:where(?:ver)?|when(?:ever)?|if|as)\s+[a-z]+\s*,)?\s+\#(adv)(?:need\s+to\s+\#(adv))?(?:have\s+(?<fhv>[a-z]+ed|[a-z]+en)\b|be\s+\#(adv)(?<fbe>[a-z]+)|(?<fv>[a-z]+)))
    | (?<modal>(?:may|might|could|can|would|should)\s+\#(adv)(?:be\s+\#(adv)(?<mbe>[a-z]+)|(?<mv>[a-z]+)))
    | (?<perf>(?:have|has|had|'ve)\s+\#(adv)(?:been\s+\#(adv)(?<pbe>[a-z]+)|(?<pv>[a-z]+)))
    | (?<prog>(?:am|are|is|'re)\s+\#(adv)(?:being\s+(?<gbe>[a-z]+)|(?<gv>[a-z]+ing)\b))
    | (?<past>(?:was|were)\s+\#(adv)(?<wv>[a-z]+))
    | (?<pres>(?:is|are)\s+\#(adv)(?<rv>[a-z]+ed)\b(?!\s+to\b))
    | (?<misc>\#(statesOfWork))
    )
    """#

  /// The verbs and phrases of intention before "to": "we intend to", "the Trust is planned to".
  static let intentions = byFirstLetter(
    [
      "intends?", "plans?", "planning", "proposes?", "proposing", "aims?", "aiming", "hopes?", "hoping", "seeks?",
      "seeking", "endeavou?rs?", "endeavouring", "expects?", "would\\s+like",
    ] + ["am", "are", "is", "'re"].map { $0 + "\\s+going" }
      + ["is", "are"].map { $0 + "\\s+(?:planned|scheduled|due|set|expected|intended|proposed)" }
      + ["has", "have", "'ve"].map { $0 + "\\s+\(adv)committed" }
      + ["has", "have"].map { $0 + "\\s+made\\s+a\\s+commitment" })

  /// Phrases that say work is in hand with no verb group of the usual kinds: "is under review", "now in place".
  static let statesOfWork = byFirstLetter(
    [
      "under\\s?way", "in\\s+the\\s+process\\s+of", "is\\s+ongoing", "are\\s+ongoing", "now\\s+in\\s+place",
      "the\\s+plan\\s+is", "our\\s+intention\\s+is", "my\\s+intention\\s+is", "is\\s+(?:our|my)\\s+intention",
      "came\\s+into\\s+force", "in\\s+the\\s+planning\\s+stages?", "in\\s+the\\s+early\\s+stages",
      "remains?\\s+(?:actively\\s+|fully\\s+|closely\\s+)?engaged",
    ] + ["is", "are"].map { $0 + "\\s+(?:now\\s+)?(?:planned|scheduled)\\b(?!\\s+to\\b)" }
      + [
        "there\\s+(?:is|are)\\s+now\\s+(?:an?\\s+)?(?:new|dedicated|additional|formal|regular|(?:[a-z-]+\\s+){0,2}"
          + "(?:process|system|procedure|policy|pathway|protocol|service|role|team|checks?|reviews?|meetings?|triage|"
          + "training|guidance))\\b"
      ]
      + ["is", "are"].map { $0 + "\\s+(?:currently\\s+|now\\s+)?under\\s+(?:review|consideration|development)" }
      + ["is", "are"].map { $0 + "\\s+now\\s+required\\s+to" }
      + ["now\\s+(?:has|have)\\s+(?:an?|its|their|our)\\s+(?:new\\s+|dedicated\\s+|named\\s+|designated\\s+)?[a-z]+"])

  /// `verbGroup`, tried where one of its first words starts. Runs on `DocumentText.loweredUTF16`.
  static let verbGroups = WordLedRegex(
    verbGroup, options: [.allowCommentsAndWhitespace],
    // Whole words: each alternative's first word is followed by a space, a comma or a suffix listed here. The
    // leads open only "the plan is", "in the process of", "now in place", "there is now", "our intention is".
    starts: WordStarts(
      words: [
        "will", "shall", "continue", "continues", "continuing", "carry", "intend", "intends", "plan", "plans",
        "planning", "propose", "proposes", "proposing", "aim", "aims", "aiming", "hope", "hopes", "hoping", "seek",
        "seeks", "seeking", "endeavour", "endeavours", "endeavor", "endeavors", "endeavouring", "endeavoring",
        "expect", "expects", "would", "am", "are", "is", "has", "have", "had", "may", "might", "could", "can",
        "should", "was", "were", "under", "underway", "came", "remain", "remains", "intention",
      ],
      apostrophes: true, leads: ["the", "in", "now", "there", "our", "my"]))

  /// Where a clause begins: the subject of a verb group lies after the last of these. Runs on
  /// `DocumentText.loweredUTF16`.
  static let clauseBoundary = WordLedRegex(
    #"""
    (?:[,;:()–—]|\s-\s|\b(?:so\s+that|in\s+order\s+that|in\s+order\s+to|and|but|that|which|who|whom|where|when|so|as|if|once|while|whilst|because|although|
    though|after|before|until|whereby|including|whether|how|what|why)\b)
    """#, options: [.allowCommentsAndWhitespace],
    starts: WordStarts(
      words: [
        "so", "in", "and", "but", "that", "which", "who", "whom", "where", "when", "as", "if", "once", "while", "whilst",
        "because", "although", "though", "after", "before", "until", "whereby", "including", "whether", "how", "what",
        "why",
      ],
      chars: ",;:()–—", before: "-"))

  /// Hedging verbs that make an undertaking soft; they may stand a few words after the verb group.
  static let hedge = caselessLed(#"""
    \b(?:explor(?:e|es|ed|ing)|consider(?:s|ing|ed)?\s+(?:whether|how|options|if|the\s+\w+|any|further|including|what)|
    consider\b|considering\b|examin(?:e|es|ing)\s+(?:whether|options|how)|
    look(?:s|ing)?\s+(?:carefully\s+|again\s+|closely\s+)?(?:at|into|for\s+ways)|aim(?:s|ing)?\s+(?:to|for)|
    endeavou?r(?:s|ing)?\s+to|can\s+explore|hop(?:e|es|ing)\s+to|seek(?:s|ing)?\s+to|
    would\s+like\s+to|would\s+be\s+considered|identify\s+ways)\b
    """#, prefixes: ["explor", "consider", "examin", "look", "aim", "endeavo", "can", "hop", "seek", "would", "identify"])

  /// Modal hedges, which count only right beside the verb group: "may", "could", "should", "expected".
  static let hedgeModal = caselessLed(#"""
    \b(?:may|might|could|should|(?:is|are)\s+expected|expected|likely|potentially|where\s+possible|would\s+offer)\b
    """#, prefixes: ["may", "might", "could", "should", "is", "are", "expected", "likely", "potentially", "where", "would"])

  /// Simple-tense verbs after a subject: "we undertook", "the Department announced", "we continuously review".
  /// Runs on lowered text.
  static let simpleVerbPattern = #"""
    (?=[a-z])\b(?<v>[a-z]+ed|undertook|took|made|met|wrote|sent|set|began|gave|held|brought|sought|built|ran|spoke|taught|
    drew|paid|(?:review|monitor|provide|offer|publish|share|signpost|undertake|audit|fund|commission|
    check|visit|inspect|issue|remind|consult|post|promote|invest|deliver|assess|investigate|escalate|meet|hold|
    run|train)s?)\b
    """#

  /// `simpleVerbPattern`, tried at the words it can be. Runs on `DocumentText.loweredUTF16`.
  static let simpleVerb = WordLedRegex(
    simpleVerbPattern, options: [.allowCommentsAndWhitespace],
    starts: WordStarts(
      words: [
        "undertook", "took", "made", "met", "wrote", "sent", "set", "began", "gave", "held", "brought", "sought",
        "built", "ran", "spoke", "taught", "drew", "paid",
      ] + simpleVerbStems.flatMap { [$0, $0 + "s"] },
      endings: ["ed"]))

  /// The present-tense verbs of `simpleVerbPattern`.
  static let simpleVerbStems = [
    "review", "monitor", "provide", "offer", "publish", "share", "signpost", "undertake", "audit", "fund", "commission",
    "check", "visit", "inspect", "issue", "remind", "consult", "post", "promote", "invest", "deliver", "assess",
    "investigate", "escalate", "meet", "hold", "run", "train",
  ]

  /// Sentences that are not undertakings whatever their verbs say. Runs on `DocumentText.loweredUTF16`.
  static let excluded = WordLedRegex(
    #"""
    (?:^|(?=[a-z]))\b(?:condolence|sympath(?:y|ies)|thank\s+you|i\s+would\s+like\s+to\s+(?:thank|express|offer|take\s+this)|
    (?:deeply|truly)\s+sorry|apologi[sz]e|strive|everything\s+(?:we\s+can|in\s+(?:my|our)\s+power|possible)|
    (?:are|am|is|remain)\s+(?:fully\s+|deeply\s+)?determined|our\s+(?:goal|aim|ambition|vision)\s+is|
    you\s+are\s+under\s+a\s+duty|i\s+shall\s+send|copy\s+of\s+(?:this|my)\s+report|
    (?:this|my|our)\s+(?:letter|response|reply)\s+(?:sets|outlines|provides|describes|explains|will\s+set|responds)|
    in\s+this\s+(?:letter|response|document|reply),?\s+(?:we|i)\s+(?:address|describe|set|outline|respond|explain)|
    below,?\s+(?:we|i)\s+(?:respond|set|outline|describe)|(?:issuing|submitting|sending)\s+(?:this|my|our)\s+response|i\s+am\s+writing|we\s+are\s+writing|
    (?:happy|pleased|glad)\s+to\s+(?:provide|meet|discuss|share|update|answer)|do\s+not\s+hesitate|
    (?:accept|accepts|accepted)\s+(?:the|your|all|her|his)\b[^.]{0,40}\b(?:findings|recommendations|conclusions)|
    responded\s+fully|^\W*(?:this|that|which)\s+(?:then\s+)?means\b|^\W*option\s+[a-z0-9]{1,2}\s*[:.)–-]|
    (?:examined|reviewed|considered|read|noted)\s+(?:\w+\s+){0,2}?(?:issues|concerns|matters(?:\s+of\s+concern)?|points)\s+
    (?:you|the\s+coroner)\s+(?:have\s+|has\s+)?(?:raised|highlighted|identified)|^\W*(?:this|my|our)\s+(?:response|reply|letter)\b|\b(?:am|are|is|were|was)\s+(?:still\s+|currently\s+)?awaiting\b|
    \bsought\s+(?:the\s+)?(?:assistance|opinion|views|advice)\s+of\b|look(?:s|ing)?\s+forward\s+to|all\s+(?:necessary|reasonable|possible|appropriate)\s+(?:steps|measures|action)|
    it\s+is\s+(?:good|best|usual|standard|normal)\s+practice|
    (?<!as\s)(?:set\s+out|provided|outlined|detailed|described|summarised|included|attached|enclosed)\s+(?:\w+\s+){0,6}?(?:below|above|overleaf|at\s+appendix|in\s+(?:the\s+)?appendix|in\s+(?:the\s+)?(?:attached|enclosed))|
    (?:consulted|involved)\s+(?:\w+\s+){0,2}?(?:on|in)\s+(?:my|our|this)\s+(?:response|reply|letter)|
    (?:received|acknowledged|read)\s+(?:and\s+\w+\s+)?(?:the|your|her|his)\s+(?:regulation\s+28\s+|prevention\s+of\s+future\s+deaths\s+)?(?:report|letter|notice)|
    ^\W*(?:\d{1,2}\s+)?(?:matter\s+of\s+)?concerns?\s*(?:no\.?\s*|number\s+)?\d+\s*[:.)–-]|^\W*(?:i|we)\s+(?:very\s+much\s+|sincerely\s+|do\s+)?hope\b|respond(?:s|ed)?\s+to\s+(?:the\s+)?coroner|
    (?:sent|submitted|issued|provided)\s+(?:\w+\s+){0,3}?(?:its|their|our|his|her)\s+(?:formal\s+|full\s+)?(?:response|reply)\b|(?:will|shall)\s+(?:now\s+)?respond\s+to\s+(?:each|the|your|all|both)\s+(?:\w+\s+){0,3}?(?:concerns?|matters?|points?|issues?|questions?|report)\b|^\s*(?:however,?\s+)?the\s+evidence\s+(?:was|is|showed|suggested|heard)|(?:have|has)\s+set\s+out\s+above|^\s*it\s+is\s+(?:noted|acknowledged|recognised|understood)|have\s+published\s+their\s+response|promise\s+transparency|act\s+with\s+professionalism)
    """#, options: [.allowCommentsAndWhitespace],
    starts: WordStarts(
      // Prefixes where the expression goes on with letters ("condolences", "sympathy", "apologise", "looking",
      // "accepted", "responded", "strives"); whole words where a space, comma or boundary follows.
      // Common words that open an alternative only before a listed word are leads ("is" before "still awaiting",
      // "our" before "response"); the words after them are listed for that.
      prefixes: ["condolence", "sympath", "apologi", "strive", "accept", "respond", "look"],
      words: [
        "i", "thank", "deeply", "truly", "everything", "remain", "copy", "below", "issuing", "submitting", "sending",
        "happy", "pleased", "glad", "do", "examined", "reviewed", "considered", "read", "noted", "sought", "all", "set",
        "provided", "outlined", "detailed", "described", "summarised", "included", "attached", "enclosed", "consulted",
        "involved", "received", "acknowledged", "sent", "submitted", "issued", "promise", "act",
        "fully", "determined", "still", "currently", "awaiting", "letter", "response", "reply", "goal", "aim",
        "ambition", "vision", "published",
      ],
      rangeStart: true,
      leads: ["are", "am", "is", "was", "were", "in", "this", "my", "our", "we", "you", "it", "have", "has", "will", "shall", "now"]))

  /// A heading that names who acts in the list below it: "What Ofsted plans to do:".
  static let actorHeading: ICURegex = compile(#"""
    ^\s*(?:[\w’' ]{1,30}:\s*)?(?:what|how|actions?|steps|changes|measures|commitments)\b(?:\s+(?:that|which))?\s+(?<subj>.{1,60}?)\s+
    (?<verb>plans?|will|is\s+going|are\s+going|intends?|proposes?|propose|promised?|has\s+(?:already\s+)?(?:done|taken|changed|agreed)|
    have\s+(?:already\s+)?(?:done|taken|changed|agreed)|did|is\s+doing|are\s+doing|committed|announced|has\s+announced)\b
    """#)

  /// A headline that announces an undertaking: "Watchdog to explore standalone judgment".
  static let headline: ICURegex = compile(#"""
    ^(?<subj>[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,4}?)\s+(?:(?<soft>to\s+explore|to\s+consider|to\s+look\s+at|to\s+review\s+whether)|to\s+(?!be\b)(?<v>[a-z]+))\b
    """#, caseless: false)

  /// A bullet that starts with a bare verb, as press lists of promises do: "Publish a new policy".
  static let imperative: ICURegex = compile(#"""
    ^\s*(?:\*\*[^*]*\*\*:?\s*)?(?<v>[A-Z][a-z]+)\b
    """#, caseless: false)

  static let leadInEnd = compile(#":\s*(?:[-–•*]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])?\s*$"#)

  static let anchorCue = compile(#"""
    \b(?:now|new|newly|going\s+forward|in\s+(?:the\s+)?future|next|shortly|soon|further|additional|also|again|
    following|as\s+a\s+result|in\s+response|in\s+light|20\d\d|january|february|march|april|june|july|august|september|
    october|november|december|spring|summer|autumn|winter|weeks?|months?|quarter|year)\b
    """#)

  static let conditionCue = compile(#"\b(?:where|when|whenever|if|once|unless)\b"#)

  static let aimCue = compile(#"\b(?:ensure|ensuring|make\s+sure|so\s+that|in\s+order\s+to|to\s+enable|to\s+allow)\b"#)

  static let leadInCue = compile(#"""
    \b(?:propos\w*|plans?|planned|actions?|measures?|steps|changes|improvements?|will|commit\w*|intend\w*|
    priorit\w*|workstreams?|initiatives?|recommendations)\b
    """#)

  static let doneCue = compile(#"\b(?:have|has|had|taken|made|introduced|implemented|completed)\b"#)

  static let actionNoun = compile(#"""
    \b(?:\w{3,}(?:tion|tions|ment|ments|ing|al|als)|steps|changes|reviews?|measures|training|polic(?:y|ies)|guidance|
    programmes?|process(?:es)?|funding|investment|audits?)\b
    """#)

  static let includeList = compile(#"""
    ^\s*(?:these|they|those)(?:\s+(?:changes|actions|steps|measures|improvements|initiatives|developments|
    work|include))?(?:,[^,]{1,90},)?\s+(?:includes?|included)\b:?
    """#)

  static let label = compile(#"^\s*\*\*[^*]{1,80}\*\*:?\s*"#)

  static let gappedPassive = compile(#"""
    (?:,|\band\b)\s*(?:and\s+)?(?<np>(?:another|the|a|an|all|our|new|additional|[a-z-]+)(?:\s+[a-z-]+){0,3}?)\s+
    (?<v>[a-z]+ed|put|set|made)\b(?!\s+(?:are|were|is|was|have|has|had|will|would|can|could|should|may|might|must|by\s+the\s+coroner)\b)
    """#, caseless: false)

  static let coordinatedVerb = compile(#"""
    \band\s*,?\s*(?:(?:where|when|if|as)\s+(?:appropriate|necessary|possible|required|needed)\s*,?\s*)?
    (?:also\s+|then\s+|[a-z]{3,}ly\s+)?(?<v>[a-z]+)\b(?!\s+of\b)(?!\s+and\b)
    """#)

  static let leadingHedge = caselessLed(
    #"\b(?:it\s+is\s+likely|the\s+expectation\s+is|it\s+is\s+expected|we\s+consider\s+it)\b"#, prefixes: ["it", "the", "we"])
}
