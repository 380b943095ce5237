import Foundation
import Model

/// Finds the actions a body says it has taken, is taking or will take.
///
/// Each sentence is scanned once for verb groups ("will appoint", "has been introduced", "are reviewing");
/// a group counts when its clause has an acting subject (we, a named body, or a thing done in the passive)
/// and its verb names an action. Status comes from the group, strength from hedging words beside it.
public struct CommitmentExtractor: Sendable {
  public init() {}

  /// Commitments with text, span, status and strength; `body` only where a subject is named.
  public func extract(_ doc: ParsedDocument, context: ExtractionContext, bodies: [BodyMention]) -> [Commitment] {
    guard context.kind != .pfdReport else { return [] }
    let text = doc.text.nsString
    let lowercase = ClauseSubject.lowercaseWords(text)
    let bodyRanges = bodies.map { doc.text.nsRange($0.span) }
    let actors = HeadingActor.byBlock(doc)
    var out: [Commitment] = []
    for sentence in doc.sentences {
      guard sentence.block < doc.blocks.count else { continue }
      let block = doc.blocks[sentence.block]
      let range = quoteRange(doc.text.nsRange(sentence.span), block: block, in: text)
      guard range.length > 12 else { continue }
      let s = text.substring(with: range)
      let lower = s.lowercased()
      if block.kind == .heading {
        if let c = headline(range, in: doc) { out.append(c) }
        continue
      }
      guard CommitmentPatterns.excluded.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) == nil
      else { continue }
      let actor = actors[sentence.block]
      var found = mayHold(lower) ? clauses(range, in: doc, lowercase: lowercase, bodies: bodies, bodyRanges: bodyRanges) : []
      if found.isEmpty, block.kind == .listItem, let actor {
        found = imperative(range, actor: actor, in: doc).map { [$0] } ?? []
      } else if block.kind == .listItem, let actor, let name = actor.name {
        for i in found.indices where found[i].body == nil {
          found[i].body = text.substring(with: name)
          found[i].bodySpan = doc.text.span(name)
        }
      }
      out.append(contentsOf: found)
    }
    return out
  }

  /// Cheap test on the lowercased sentence before any expression runs.
  func mayHold(_ lower: String) -> Bool {
    for cue in [
      "will ", "'ll ", "shall ", "intend", "plan", "propos", "aim", "continu", "have ", "has ", "'ve ", "are ",
      "is ", "am ", "was ", "were ", "underway", "under way", "process of", "ongoing", "in place", "into force",
      "intention", "we ", "may ", "might ", "could ", "can ", "seek", "hop", "expect", "endeavo", "commit",
    ] where lower.contains(cue) {
      return true
    }
    return false
  }

  /// The sentence without a list item's bold label ("**Safeguarding:** a rapid return…").
  func quoteRange(_ r: NSRange, block: Block, in text: NSString) -> NSRange {
    guard block.kind == .listItem,
      let m = Self.label.firstMatch(in: text as String, range: r)
    else { return r }
    return NSRange(location: m.range.location + m.range.length, length: r.length - m.range.length)
  }

  static let label = CommitmentPatterns.compile(#"^\s*\*\*[^*]{1,80}\*\*:?\s*"#)

  /// One commitment per clause that states an action, one per status when a sentence holds several.
  func clauses(
    _ range: NSRange, in doc: ParsedDocument, lowercase: Set<String>, bodies: [BodyMention], bodyRanges: [NSRange]
  ) -> [Commitment] {
    let text = doc.text.nsString
    var groups = CommitmentPatterns.verbGroup.matches(in: text as String, range: range).compactMap {
      VerbGroup.read($0, in: text)
    }
    for m in CommitmentPatterns.simpleVerb.matches(in: text as String, range: range) {
      guard !groups.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }),
        let vg = VerbGroup.simple(m, in: text)
      else { continue }
      groups.append(vg)
    }
    groups.sort { $0.range.location < $1.range.location }
    var accepted: [(VerbGroup, ClauseSubject)] = []
    var lastSubject: ClauseSubject?
    for vg in groups {
      var subject = ClauseSubject.find(
        before: vg.range.location, sentenceStart: range.location, in: text, lowercase: lowercase, bodies: bodyRanges)
      if subject.role == .none, subject.coordinated {
        if let prev = lastSubject {
          subject = prev
        } else if let lead = leadingSubject(range, upTo: vg.range.location, in: text, bodyRanges: bodyRanges) {
          subject = lead
        }
      }
      if vg.kind == .simple, !simpleSubject(subject, before: vg.range.location, in: text) { continue }
      // A relative clause counts only as the second half of a sentence that already holds an undertaking.
      if subject.relative, subject.role == .none {
        guard !accepted.isEmpty, vg.status != accepted[0].0.status, !vg.passive || vg.kind == .future,
          !CommitmentLexicon.effect.contains(vg.verb), !CommitmentLexicon.nonAction.contains(vg.verb)
        else { continue }
        accepted.append((vg, accepted[0].1))
        continue
      }
      guard accepts(vg, subject, in: text) else {
        if subject.role != .none { lastSubject = subject }
        continue
      }
      lastSubject = subject
      accepted.append((vg, subject))
    }
    var out: [Commitment] = []
    var statuses: Set<Commitment.Status> = []
    for (vg, subject) in accepted where out.count < 3 {
      // A second undertaking of the same status needs its own auxiliary after "and" ("will ensure … and will share").
      if statuses.contains(vg.status), !(subject.coordinated && vg.kind == .future && !vg.passive) { continue }
      statuses.insert(vg.status)
      out.append(commitment(range, vg: vg, subject: subject, in: doc, bodies: bodies))
    }
    return out
  }

  /// Who acts when a clause starts at "and" with nothing before its verb: the sentence's own "we" or body.
  func leadingSubject(_ sentence: NSRange, upTo end: Int, in text: NSString, bodyRanges: [NSRange]) -> ClauseSubject? {
    let prefix = NSRange(location: sentence.location, length: end - sentence.location)
    let words = ClauseSubject.tokens(prefix, in: text).prefix(12).map { text.substring(with: $0).lowercased() }
    if words.contains("we") || words.contains("i") {
      return ClauseSubject(role: .author, range: prefix, nameRange: nil, coordinated: true, relative: false)
    }
    if let body = bodyRanges.first(where: { NSIntersectionRange($0, prefix).length > 0 }) {
      return ClauseSubject(role: .named, range: prefix, nameRange: body, coordinated: true, relative: false)
    }
    return nil
  }

  /// A simple-tense verb needs its subject right before it: "we undertook", "the Department announced".
  func simpleSubject(_ subject: ClauseSubject, before verb: Int, in text: NSString) -> Bool {
    guard subject.role == .author || subject.role == .named else { return false }
    let words = ClauseSubject.tokens(subject.range, in: text).map { text.substring(with: $0) }
    guard let last = words.last else { return false }
    let adverbs: Set<String> = ["also", "now", "then", "further", "currently", "regularly", "routinely", "continuously",
      "continually", "recently", "subsequently", "immediately", "jointly", "together", "already", "always", "still",
      "therefore", "initially", "first", "then", "quickly", "promptly"]
    var tail = words
    while let w = tail.last, adverbs.contains(w.lowercased()) { tail.removeLast() }
    guard let head = tail.last else { return false }
    let lower = head.lowercased()
    if lower == "we" || lower == "i" { return true }
    if subject.role == .named, let first = head.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) {
      return true
    }
    _ = last
    return CommitmentLexicon.authorSubject.contains(lower) && tail.count <= 4
  }

  func accepts(_ vg: VerbGroup, _ subject: ClauseSubject, in text: NSString) -> Bool {
    if subject.subordinate || subject.role == .negated { return false }
    if subject.role == .there { return vg.kind == .future }
    let verb = vg.verb
    let words = text.substring(with: vg.range).lowercased()
    if vg.status != .planned, words.contains(" not ") || words.contains("n't") || words.hasSuffix(" not") {
      return false
    }
    if vg.kind != .marker && vg.kind != .simple {
      if vg.passive {
        guard looksLikeParticiple(verb), !Self.passiveStop.contains(verb) else { return false }
      } else {
        if CommitmentLexicon.nonAction.contains(verb) { return false }
        if vg.kind == .perfect, !looksLikeParticiple(verb) { return false }
      }
    }
    if vg.kind == .intent, vg.range.location >= 2 {
      // "the plans to redesign", "TfL's plans to": a noun, not a verb.
      let before = text.substring(with: NSRange(location: max(0, vg.range.location - 7), length: min(7, vg.range.location)))
        .lowercased()
      for det in ["the ", "our ", "its ", "their ", "any ", "no ", "'s ", "’s ", "my ", "his ", "her "] where before.hasSuffix(det) {
        return false
      }
    }
    if vg.kind == .modal {
      let hedged = ["explore", "consider", "look", "examine"].contains(verb)
      if vg.hedge == nil && !hedged { return false }
      if !hedged, !vg.passive, subject.role != .author { return false }
    }
    switch subject.role {
    case .person, .negated, .there: return false
    case .none: return vg.kind == .marker && !subject.relative
    case .author, .named: return true
    case .generic:
      if vg.passive || vg.kind == .marker { return true }
      return vg.status == .planned && !CommitmentLexicon.effect.contains(verb)
    case .pronoun: return vg.passive || verb == "include"
    }
  }

  static let passiveStop: Set<String> = [
    "told", "advised", "based", "related", "expected", "involved", "concerned", "saddened", "used",
    "called", "named", "considered", "deemed", "affected", "aware", "able", "shocked", "found", "seen", "given",
    "known", "informed", "admitted", "discharged", "diagnosed", "prescribed", "pronounced", "declared", "born",
    "caused", "killed", "injured", "struck", "hit", "driven", "located", "situated", "listened", "needed",
    "noted", "raised", "identified", "described", "recorded", "assessed", "transferred",
    "taken", "left", "placed", "referred", "treated", "heard", "read", "limited", "linked", "set", "done",
  ]

  func looksLikeParticiple(_ v: String) -> Bool {
    if CommitmentLexicon.irregularPast.contains(v) || CommitmentLexicon.pastPassiveAction.contains(v) { return true }
    if v.hasSuffix("ing") { return false }
    for suffix in ["ed", "en", "wn", "ne", "ght", "ld", "un", "ung", "ck", "ut", "et", "nt", "lt", "pt"] where v.hasSuffix(suffix) {
      return v.count > 3
    }
    return false
  }

  func commitment(
    _ range: NSRange, vg: VerbGroup, subject: ClauseSubject, in doc: ParsedDocument, bodies: [BodyMention]
  ) -> Commitment {
    let text = doc.text.nsString
    var body: String?
    var bodySpan: TextSpan?
    if subject.role == .named, let name = subject.nameRange {
      let span = doc.text.span(name)
      if let mention = bodies.first(where: { $0.span.overlaps(span) }) {
        body = mention.name
        bodySpan = mention.span
      } else {
        body = text.substring(with: name)
        bodySpan = span
      }
    }
    let hedge = hedgeRange(range, vg: vg, in: text)
    return Commitment(
      text: text.substring(with: range), span: doc.text.span(range), rule: rule(vg, subject), body: body,
      bodySpan: bodySpan, status: vg.status, strength: hedge == nil ? .firm : .soft,
      hedge: hedge.map { text.substring(with: $0) })
  }

  func rule(_ vg: VerbGroup, _ subject: ClauseSubject) -> String {
    let who: String
    switch subject.role {
    case .author: who = "first-person"
    case .named: who = "named-body"
    default: who = vg.passive ? "passive" : "third-person"
    }
    return "commitment.\(who).\(vg.status.rawValue)"
  }

  /// Hedging words inside the verb group or just after it ("will seek to", "will consider whether").
  func hedgeRange(_ sentence: NSRange, vg: VerbGroup, in text: NSString) -> NSRange? {
    if let h = vg.hedge { return h }
    let end = sentence.location + sentence.length
    let from = vg.kind == .perfect && !vg.passive ? vg.range.location + vg.range.length : vg.range.location
    for (pattern, reach) in [(CommitmentPatterns.hedge, 70), (CommitmentPatterns.hedgeModal, 20)] {
      let to = min(end, vg.range.location + vg.range.length + reach)
      guard to > from else { continue }
      if let m = pattern.firstMatch(in: text as String, range: NSRange(location: from, length: to - from)) {
        return m.range
      }
    }
    let before = NSRange(location: sentence.location, length: vg.range.location - sentence.location)
    if let m = Self.leadingHedge.firstMatch(in: text as String, range: before) { return m.range }
    return nil
  }

  static let leadingHedge = CommitmentPatterns.compile(#"\b(?:it\s+is\s+likely|the\s+expectation\s+is|it\s+is\s+expected|we\s+consider\s+it)\b"#)

  /// A headline that announces an undertaking ("Watchdog to explore standalone safeguarding judgment").
  func headline(_ range: NSRange, in doc: ParsedDocument) -> Commitment? {
    let text = doc.text.nsString
    guard range.length < 200,
      let m = CommitmentPatterns.headline.firstMatch(in: text as String, range: range)
    else { return nil }
    let soft = m.range(withName: "soft")
    if soft.location == NSNotFound {
      let v = text.substring(with: m.range(withName: "v"))
      if CommitmentLexicon.nonAction.contains(v) || v.hasSuffix("ing") { return nil }
    }
    return Commitment(
      text: text.substring(with: range), span: doc.text.span(range), rule: "commitment.headline.planned",
      status: .planned, strength: soft.location == NSNotFound ? .firm : .soft,
      hedge: soft.location == NSNotFound ? nil : text.substring(with: soft))
  }

  /// A bare-verb bullet under a heading that names who acts ("Publish a new policy today").
  func imperative(_ range: NSRange, actor: HeadingActor, in doc: ParsedDocument) -> Commitment? {
    let text = doc.text.nsString
    guard let m = CommitmentPatterns.imperative.firstMatch(in: text as String, range: range) else { return nil }
    let v = text.substring(with: m.range(withName: "v")).lowercased()
    if CommitmentLexicon.nonAction.contains(v) || CommitmentLexicon.pronounSubject.contains(v)
      || v.hasSuffix("ing") || v.hasSuffix("ly") || v.hasSuffix("tion") || v.hasSuffix("ed")
      || ["a", "an", "the", "we", "our", "all", "new", "more", "further"].contains(v)
    {
      return nil
    }
    let window = NSRange(location: range.location, length: min(range.length, 50))
    let hedge = CommitmentPatterns.hedge.firstMatch(in: text as String, range: window)?.range
    return Commitment(
      text: text.substring(with: range), span: doc.text.span(range), rule: "commitment.list.\(actor.status.rawValue)",
      body: actor.name.map { text.substring(with: $0) }, bodySpan: actor.name.map { doc.text.span($0) },
      status: actor.status, strength: hedge == nil ? .firm : .soft, hedge: hedge.map { text.substring(with: $0) })
  }
}
