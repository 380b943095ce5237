import Foundation

/// The compiled expressions the figure extractor scans with, built once.
enum FigurePatterns {
  static let space = "[ \\t\\u00A0]"
  /// A digit number not glued to a word, a date, a time, a code or another number.
  static let digits =
    "(?<![\\w.,/£$€:\\-])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\w/\\-]|[.,:]\\d)|\\d+(?:\\.\\d+)?(?![\\w/]|[.,:]\\d|-\\d))"
  static let numberWord = "\\b(?:\(FigureNumber.wordPattern))\\b"
  static let number = "(?:\(digits)|\(numberWord))"

  /// One alternative per kind of figure; the first that matches at a position wins. Written in lower case and
  /// run case-sensitively on `DocumentText.lowered`, like the commitment expressions.
  static let figure: WordLedRegex = {
    let sp = space
    let parts = [
      "(?<money>[£$€]\(sp)?\\d[\\d,]*(?:\\.\\d+)?(?:\(sp)?(?:million|billion|thousand|bn|m|k)\\b)?)",
      "(?<pct>(?<pn>\(number))\(sp)?(?:%|per\(sp)?cent\\b|percent\\b))",
      "(?<rate>(?<rn>\(number)|\\btwice\\b)\(sp)(?:times\(sp))?(?:a|per|each)\(sp)(?<ru>day|week|month|year|hour|night)\\b)",
      "(?<mph>(?<mn>\\b\\d+|\(numberWord))\(sp)?(?:mph|miles\(sp)per\(sp)hour)\\b)",
      "(?<dur>(?<dn>\(number))(?:\(sp)|-)(?<du>hour|hr|day|week|month|year|minute|min)s?\\b)",
      "(?<roundclock>\\b24/7\\b)",
      "(?<twice>\\btwice\\b(?!\(sp)(?:as|the|that|more|less|over|daily|weekly)\\b))",
      "(?<cnt>\(number)(?:\(sp)?(?:million|billion|thousand|bn)\\b)?)",
    ]
    // Every figure starts at a currency sign, a digit after a non-word character, or a number word. Saying so
    // first lets ICU reject the other positions in one step instead of trying each alternative: 3–4× faster.
    let prefixes = Set(FigureNumber.words.keys.map { $0.prefix(3) }).sorted().joined(separator: "|")
    let start = "(?=[£$€]|(?<!\\w)\\d|\\b(?:\(prefixes)))"
    // Where ICU is tried (`WordStarts`): every number word stands whole (`\\b…\\b`), so "for" and "often" need no
    // attempt although the lookahead lets them through.
    let starts = WordStarts(words: FigureNumber.words.keys.sorted(), digits: true, nonASCII: true, chars: "£$€")
    return WordLedRegex(start + "(?:" + parts.joined(separator: "|") + ")", starts: starts)
  }()

  /// Before a number: it is an age ("aged 53", "age of 11", "aged under 18").
  static let agePrefix = compile("\\b(?:aged?|ages)\(space)(?:(?:of|under|over|between|below|above)\(space))?$", caseInsensitive: true)
  /// After a duration: an age ("53 year old") or a relative date ("two years ago").
  static let durationSuffix = compile(
    "^(?:\(space)|-)(?:old|ago|later|earlier|previously|before|prior)\\b", caseInsensitive: true)
  /// The word before a number, looking past a range or list of numbers ("Rules 117 to 126").
  static let previousWord = compile(
    "(?:^|[^A-Za-z’'])([A-Za-z]+)\\.?\(space)*(?:\\d+\\w?\(space)*(?:to|and|or|-|–|,)\(space)*)*$")
  /// A capitalised word right before a digit number: a label such as "Band 7" or "Acuity 1".
  static let titleBefore = compile("(?:^|[^\\w’'])([A-Z][a-z]+)\(space)$")
  /// A number standing alone at the start of a line is list numbering or a cause-of-death label.
  static let lineStart = compile("(?:^|\\n)[^\\w\\n]*$")
  /// A bare number that is still a count: "17 of them", "Three of the four", "8 to 15 minutes".
  static let bareCount = compile(
    "^\(space)?(?:of\(space)(?:them|those|these|which|the|us|our|its|their)|to\(space)\\d+|to\(space)(?:\(FigureNumber.wordPattern)))\\b",
    caseInsensitive: true)
  static let yearLike = compile("^(?:1[89]|20)\\d\\d$")
  static let clock = compile("^\\d{1,2}[:.]\\d{2}")
  static let hyphenNoun = compile("^-([a-z]+)\\b")
  static let nounToken = compile("^\(space)([A-Za-z][\\w’'&\\-]*|\\d[\\d,]*)")
  /// What may follow the counted noun and belongs to it: "areas of concern", "vehicles a day".
  static let nounTail = compile("^\(space)(?:of\(space)concern|(?:a|per|each)\(space)(?:day|week|month|year))\\b")
  static let multiplier = compile("^\(space)(?:more|less|higher|lower|greater|as|the|over)\\b")

  /// Words before a number that make it an identifier, not a quantity.
  static let labels: Set<String> = [
    "section", "sections", "s", "r", "regulation", "regulations", "rule", "rules", "paragraph", "paragraphs",
    "para", "paras", "schedule", "appendix", "annex", "page", "pages", "version", "category", "categories",
    "band", "box", "class", "level", "stage", "step", "phase", "tier", "grade", "room", "ward", "bed", "floor",
    "flat", "unit", "house", "number", "no", "item", "items", "line", "chapter", "part", "clause", "figure",
    "table", "option", "action", "concern", "point", "question", "recommendation", "recommendations",
    "standard", "priority", "cas", "skills", "skill", "article", "ng", "reference", "ref", "act", "code",
    "nice", "form", "type", "route", "bus", "junction", "exit", "platform", "gate", "door", "cell", "wing",
    "year", "issue", "volume", "vol", "acuity", "tel", "telephone", "phone", "ext",
  ]
  /// Capitalised words that may precede a quantity ("Over 250", "Almost 97%").
  static let qualifiers: Set<String> = [
    "over", "around", "about", "approximately", "nearly", "almost", "only", "just", "some", "all", "the",
    "these", "those", "of", "in", "with", "by", "from", "for", "between", "under", "up", "additional",
    "another", "further", "circa", "to", "total", "each", "every", "a", "an", "and", "than", "at", "on",
    "since", "after", "before", "least", "most", "more", "fewer", "less", "within", "across", "there", "here",
  ]
  /// Words after a number that end the counted noun phrase before it begins.
  static let stopWords: Set<String> = [
    "when", "while", "where", "who", "whom", "whose", "after", "before", "during", "until", "since", "because",
    "although", "though", "then", "also", "still", "being", "would", "could", "should", "will", "may",
    "might", "must", "can", "did", "do", "does", "out", "up", "down", "off", "over", "into", "onto", "about",
    "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "for", "by", "with", "from", "is", "was",
    "are", "were", "be", "been", "has", "have", "had", "that", "which", "this", "these", "those", "it", "its",
    "as", "per", "than", "but", "not", "no", "if", "so", "their", "his", "her", "our", "we", "they", "he",
    "she", "i", "you",
  ]
  /// Measures that are not figures in this project's sense (distances, masses, volumes) or that a
  /// duration rule already handles.
  static let measures: Set<String> = [
    "metres", "meters", "metre", "m", "km", "cm", "mm", "mg", "g", "kg", "ml", "litres", "miles", "mile",
    "feet", "ft", "inches", "st", "nd", "rd", "th", "years", "year", "pm", "am", "hours", "hour", "minutes",
    "days", "weeks", "months", "old",
  ]
  static let irregularPlurals: Set<String> = [
    "people", "children", "staff", "men", "women", "police", "personnel", "feet", "teeth", "data", "criteria",
  ]

  private static func compile(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
    // The patterns are constants; a failure here is a programming error caught by the tests.
    try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
  }
}
