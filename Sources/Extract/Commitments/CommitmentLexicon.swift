/// Word lists that decide whether a verb names an action a body takes.
enum CommitmentLexicon {
  /// Verbs of thought, feeling or speech: a body that "has noted" or "will remember" undertakes nothing.
  static let nonAction: Set<String> = [
    "be", "been", "being", "note", "noted", "noting", "read", "see", "seen", "hear", "heard", "reflect", "reflected",
    "learn", "learned", "learnt", "understand", "understood", "find", "found", "show", "shown", "conclude", "concluded",
    "become", "became", "feel", "felt", "think", "thought", "acknowledge", "acknowledged", "accept", "accepted",
    "recognise", "recognised", "recognize", "recognized", "welcome", "welcomed", "agree", "agreed", "apologise",
    "apologised", "express", "expressed", "believe", "believed", "know", "known", "wish", "wished", "like", "liked",
    "want", "wanted", "need", "needed", "must", "regret", "regretted", "appreciate", "appreciated", "describe",
    "described", "explain", "explained", "outline", "outlined", "responded", "mention", "mentioned",
    "indicate", "indicated", "state", "stated", "say", "said", "suggest", "suggested", "raise", "raised",
    "highlight", "highlighted", "remain", "remained", "seem", "seemed", "appear", "appeared", "happen", "happened",
    "occur", "occurred", "die", "died", "pass", "passed", "live", "lived", "had", "have", "has", "do", "does", "did",
    "done", "remember", "forget", "assure", "reassure", "confirm", "never", "always", "happy", "pleased", "glad", "able", "unable", "aware",
    "sorry", "saddened", "shocked", "concerned", "mindful", "clear", "confident", "satisfied", "assured",
    "reassured", "aware", "committed", "determined", "keen", "grateful", "important", "essential", "vital",
    "necessary", "difficult", "possible", "impossible", "likely", "unlikely", "available", "responsible",
    "told", "advised", "got", "gotten", "get", "go", "gone", "went", "come",
    "came", "caused", "led", "left", "supposed", "required", "expected", "based", "related",
    "intended", "used", "called", "named", "considered", "deemed", "involved", "affected",
    "in", "on", "at", "of", "the", "a", "an", "to", "no", "there", "that", "this", "it", "its", "their", "our",
    "your", "you", "we", "they", "not", "so", "very", "more", "less", "unable", "sadly", "tragically",
    "depend", "depends", "dependent", "relied", "rely", "failed", "fail", "mean", "means", "result", "assumed",
    "writing", "saying", "thinking", "hoping", "wishing", "feeling", "something", "nothing", "anything",
    "everything", "thing", "during", "concerning", "worrying", "missing", "according", "regarding", "following",
    "including", "happening", "being", "having", "going", "bring", "string", "spring", "evening", "morning",
    "surprising", "interesting", "reassuring", "encouraging", "disappointing", "pleasing", "outstanding",
    "existing", "remaining", "replying", "responding", "doing", "grown", "evolve", "grow", "rise", "exist", "undergone", "ongoing", "underlying", "increasing", "growing", "seeking", "willing",
  ]

  /// What an action does rather than who does it: "This will enable us…", after a pronoun subject.
  static let effect: Set<String> = [
    "enable", "allow", "help", "ensure", "mean", "lead", "make", "provide", "give", "support", "improve", "reduce",
    "increase", "offer", "reflect", "require", "take", "need", "affect", "benefit", "prevent", "address", "form",
    "focus", "build", "ensures", "apply", "cover", "contribute", "assist", "inform", "mitigate", "result", "create",
  ]

  /// Participles a past passive ("was delivered", "were announced") must use to count as an action.
  static let pastPassiveAction: Set<String> = [
    "announced", "introduced", "delivered", "launched", "published", "updated", "shared", "sent", "issued", "added",
    "strengthened", "created", "established", "implemented", "held", "undertaken", "completed", "reviewed",
    "commissioned", "appointed", "developed", "revised", "amended", "circulated", "rolled", "put", "set", "provided",
    "carried", "conducted", "reminded", "trained", "briefed", "recruited", "extended", "expanded", "increased",
    "changed", "installed", "replaced", "removed", "reduced", "redesigned", "audited", "discussed", "escalated",
    "investigated", "doubled", "funded", "allocated", "agreed", "approved", "adopted", "organised", "organized",
    "arranged", "re-issued", "reissued", "cascaded", "disseminated", "embedded", "piloted", "tested", "drafted",
    "written", "rewritten", "refreshed", "relaunched", "instigated", "initiated", "started", "begun", "convened",
    "formed", "signed", "procured", "purchased", "upgraded", "improved", "cleared", "erected", "painted", "fitted",
    "deployed", "made", "offered", "raised", "contacted", "requested", "documented", "presented", "communicated",
  ]

  /// Bare verbs that name an action when they follow "and" under a shared auxiliary ("will review … and publish").
  static let bareAction: Set<String> = [
    "introduce", "publish", "appoint", "consult", "review", "develop", "implement", "share", "update", "provide",
    "commission", "establish", "launch", "monitor", "train", "revise", "respond", "create", "modify", "amend",
    "complete", "deliver", "undertake", "conduct", "issue", "circulate", "remind", "brief", "extend", "expand",
    "install", "replace", "remove", "audit", "escalate", "investigate", "fund", "allocate", "adopt", "organise",
    "arrange", "embed", "pilot", "test", "draft", "write", "refresh", "initiate", "start", "begin", "convene",
    "procure", "purchase", "upgrade", "communicate", "engage", "explore", "consider", "examine", "look", "report",
    "meet", "hold", "set", "seek", "work", "contact", "invite", "recruit", "clarify", "strengthen", "produce",
  ]

  /// Irregular simple pasts of action verbs ("we undertook", "we met").
  static let irregularPast: Set<String> = [
    "undertook", "took", "made", "met", "wrote", "sent", "set", "began", "gave", "held", "brought", "sought", "built",
    "ran", "spoke", "taught", "put", "drew", "rewrote", "paid", "bought", "shut", "cut", "spent",
  ]

  /// Present-tense actions that describe standing practice ("we regularly review", "the Department signposts").
  static let practice: Set<String> = [
    "review", "monitor", "provide", "offer", "use", "work", "meet", "hold", "run", "publish", "share", "signpost",
    "ensure", "undertake", "audit", "train", "support", "fund", "commission", "collect", "check", "include",
    "give", "continue", "engage", "visit", "inspect", "issue", "remind", "follow", "consult", "discuss", "post",
    "promote", "invest", "deliver", "assess", "investigate", "analyse", "report", "escalate",
  ]

  /// Verbs that follow a subject pronoun but whose -ed form is not an action ("we noted", "we believed").
  static let nonActionPast: Set<String> = [
    "noted", "believed", "felt", "thought", "acknowledged", "accepted", "recognised", "recognized", "welcomed",
    "agreed", "understood", "learned", "learnt", "concluded", "wanted", "wished", "needed", "appreciated",
    "regretted", "expected", "hoped", "considered", "reflected", "were", "was", "had", "did", "could", "would",
    "should", "might", "must", "shared", "stated", "indicated", "explained", "described", "said", "saddened",
    "shocked", "concerned", "received", "heard", "assumed", "followed", "admitted", "revealed", "claimed", "argued", "insisted", "warned",
    "denied", "reported", "suggested", "accused", "criticised", "questioned", "registered", "grew", "changed hands", "read", "saw", "found", "knew", "liked", "used",
  ]

  /// Words that mark a subject as a person or the coroner rather than an organisation.
  static let personalSubject: Set<String> = [
    "mr", "mrs", "ms", "miss", "he", "she", "his", "her", "him", "people", "deceased", "family", "you", "your",
    "coroner", "inquest", "jury", "mother", "father", "son", "daughter", "wife", "husband", "partner", "sister",
    "brother", "child", "baby", "dr", "doctor", "nurse", "driver", "pedestrian", "cyclist", "witness", "evidence",
    "court", "findings", "death", "report", "concerns", "concern", "letter", "reports", "i",
  ]

  /// Subjects that stand for the author: the linker fills in who "we" are.
  static let authorSubject: Set<String> = [
    "we", "i", "us", "our", "my", "trust", "department", "council", "team", "teams", "board", "service",
    "organisation", "organization", "company", "agency", "icb", "directorate", "division", "college", "group",
    "staff", "colleagues", "society", "partnership", "authority", "practice", "hospital", "university", "ministry",
  ]

  /// Pronouns and placeholders that cannot act on their own.
  static let pronounSubject: Set<String> = [
    "it", "this", "that", "these", "those", "which", "there", "what", "who", "one", "each", "both", "all",
  ]

  static let roleNouns: Set<String> = [
    "staff", "clinicians", "clinician", "nurses", "nurse", "doctors", "doctor", "practitioners", "practitioner",
    "workers", "worker", "patients", "patient", "carers", "carer", "crews", "crew", "paramedics", "paramedic",
    "professionals", "professional", "users", "callers", "handlers", "mdt", "individuals", "individual", "person",
    "people", "families", "family", "residents", "resident", "officers", "officer", "teams", "team", "consultant",
    "consultants", "surgeons", "surgeon", "pharmacists", "pharmacist", "midwives", "midwife", "gp", "gps",
  ]

  static let workNouns: Set<String> = [
    "actions", "action", "changes", "steps", "measures", "work", "improvements", "proposals", "reforms", "policies",
    "initiatives", "commitments", "training", "support", "guidance", "processes", "arrangements", "progress",
  ]

  static let notNouns: Set<String> = [
    "then", "now", "also", "so", "today", "here", "therefore", "since", "time", "year", "years", "month", "months",
    "week", "weeks", "day", "days", "term", "together", "again", "further", "first", "finally", "additionally",
    "as", "and", "but", "or", "that", "which", "where", "when", "because", "while", "whilst", "if", "what",
    "2023", "2024", "2025", "2026", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "spring", "summer", "autumn", "winter", "period", "meantime",
    "interim", "future", "result", "particular", "addition", "response", "summary", "short", "medium", "long",
  ]

  /// What a document or a system does ("The SLA will support…"); a named team that "will provide" still acts.
  static let inanimateEffect: Set<String> = [
    "ensure", "support", "help", "enable", "improve", "allow", "mean", "reduce", "benefit", "prevent", "mitigate",
    "contribute", "assist", "inform", "result", "affect", "require", "strengthen", "underpin",
  ]

  static let agents: Set<String> = [
    "representatives", "officers", "officials", "colleagues", "clinicians", "managers", "leads", "advisers",
    "advisors", "engineers", "inspectors", "commissioners", "practitioners", "matrons", "team", "teams", "staff",
    "unit", "units",
  ]

  static let passiveStop: Set<String> = [
    "told", "advised", "asked", "based", "related", "expected", "involved", "concerned", "saddened", "used",
    "called", "named", "considered", "deemed", "affected", "aware", "able", "shocked", "found", "seen", "given",
    "known", "informed", "admitted", "discharged", "diagnosed", "prescribed", "pronounced", "declared", "born",
    "caused", "killed", "injured", "struck", "hit", "driven", "located", "situated", "listened", "needed", "registered",
    "noted", "raised", "identified", "described", "recorded", "assessed", "transferred",
    "taken", "left", "placed", "referred", "treated", "heard", "read", "limited", "linked", "set", "done",
  ]

  static let futureActs: Set<String> = [
    "recorded", "placed", "given", "considered", "assessed", "referred", "raised", "identified", "transferred",
    "treated", "set", "told", "advised", "informed", "noted", "used",
  ]

  /// `passiveStop` for future and progressive passives.
  static let futurePassiveStop = passiveStop.subtracting(futureActs)

  static let gapStops: Set<String> = ["will", "shall", "be", "been", "being", "we", "i", "they", "he", "she", "it", "who", "which", "that"]
}
