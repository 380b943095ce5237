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
    let text = doc.text
    let lowercase = ClauseSubject.lowercaseWords(doc.text.utf16)
    let bodyRanges = bodies.map { doc.text.nsRange($0.span) }
    let actors = HeadingActor.byBlock(doc)
    let quotes = context.kind == .response ? Self.quotations(in: doc.text.utf16) : []
    var out: [Commitment] = []
    var leadIn: Commitment.Status?
    var leadInHedge: String?
    var previous: (block: Int, range: NSRange, found: [Commitment])?
    for sentence in doc.sentences {
      guard sentence.block < doc.blocks.count else { continue }
      let block = doc.blocks[sentence.block]
      if let p = previous, p.block != sentence.block {
        leadIn = nextLeadIn(leadIn, previous: p, block: block, prior: out.last, in: doc)
        if block.kind != .listItem {
          leadInHedge = nil
        } else if doc.blocks[p.block].kind != .listItem {
          // Bullets that spell out a hedged undertaking ("we will need to identify ways…: - Reducing…") stay hedged.
          let lead = doc.text.nsRange(doc.blocks[p.block].span)
          leadInHedge = out.last { $0.strength == .soft && NSLocationInRange(doc.text.nsRange($0.span).location, lead) }?.hedge
        }
      }
      let range = quoteRange(doc.text.nsRange(sentence.span), block: block, in: text)
      previous = (sentence.block, range, [])
      guard range.length > 12 else { continue }
      let s = doc.text.slice(range)
      let lower = s.asciiLowercased()
      if block.kind == .heading {
        if let c = headline(range, in: doc) { out.append(c) }
        continue
      }
      // A letter that quotes a policy or the coroner ("“The team will assess the patient…”") reports their words.
      if context.kind == .response, quotes.contains(where: { NSLocationInRange(range.location, $0) }) { continue }
      // Checked only once a sentence yields something: the expression is the costliest one run per sentence.
      let excluded = {
        CommitmentPatterns.excluded.firstMatch(in: doc.text.loweredUTF16, index: doc.text.wordIndex, within: range) != nil
      }
      let actor = actors[sentence.block]
      let items = includedItems(range, after: out.last, in: doc)
      if !items.isEmpty {
        if excluded() { continue }
        previous?.found = items
        out.append(contentsOf: items)
        continue
      }
      var found = mayHold(lower) ? clauses(range, in: doc, lowercase: lowercase, bodies: bodies, bodyRanges: bodyRanges) : []
      if found.isEmpty, block.kind == .listItem, let actor, startsBlock(range, block: block, in: doc) {
        found = imperative(range, actor: actor, in: doc).map { [$0] } ?? []
      }
      if found.isEmpty, block.kind == .listItem, let status = leadIn, startsBlock(range, block: block, in: doc),
        let c = listed(range, status: status, inheritedHedge: leadInHedge, in: doc)
      {
        found = [c]
      } else if block.kind == .listItem, let actor, let name = actor.name {
        for i in found.indices where found[i].body == nil {
          found[i].body = text.substring(with: name)
          found[i].bodySpan = doc.text.span(name)
        }
      }
      if !found.isEmpty, excluded() { continue }
      previous?.found = found
      // A lead-in ("We made four proposals:") introduces the undertakings listed after it; it is not one itself.
      if Self.endsLeadIn(s) { continue }
      out.append(contentsOf: found)
    }
    return out
  }

  /// The status a list inherits from the sentence that introduces it ("The proposals are:", "We have made
  /// these changes:"); nil when the list is not introduced as a set of undertakings.
  func nextLeadIn(
    _ current: Commitment.Status?, previous: (block: Int, range: NSRange, found: [Commitment]), block: Block,
    prior: Commitment?, in doc: ParsedDocument
  ) -> Commitment.Status? {
    guard block.kind == .listItem else { return nil }
    let before = doc.blocks[previous.block]
    if before.kind == .listItem, (before.level ?? 1) >= (block.level ?? 1) { return current }
    // A hedged lead-in ("we could consider…, but would need:") does not commit to what it lists.
    if let last = previous.found.last { return last.strength == .soft ? nil : last.status }
    let text = doc.text
    let s = text.substring(with: previous.range).trimmingWhitespace()
    let whole = NSRange(location: 0, length: (s as NSString).length)
    // "These include:" right after an undertaking lists its parts.
    if s.hasSuffix(":"), let prior, CommitmentPatterns.includeList.firstMatch(in: s, range: whole) != nil {
      let end = doc.text.nsRange(prior.span)
      return previous.range.location - (end.location + end.length) < 200 ? prior.status : nil
    }
    // "Each organisation is to take the following actions." introduces a list as a colon does.
    let announces = Self.endsLeadIn(s) || (s.hasSuffix(".") && s.lowercased().contains("the following"))
    guard announces, CommitmentPatterns.leadInCue.firstMatch(in: s, range: whole) != nil else { return nil }
    return CommitmentPatterns.doneCue.firstMatch(in: s, range: whole) == nil ? .planned : .done
  }

  /// The ranges of “…” quotations, across paragraphs when a quoted policy runs over several; an opening mark
  /// left unclosed within 3,000 units quotes nothing.
  static func quotations(in units: [UInt16]) -> [NSRange] {
    var out: [NSRange] = []
    var open: Int?
    for (i, c) in units.enumerated() {
      if c == 0x201C {
        open = open ?? i
      } else if c == 0x201D, let o = open {
        out.append(NSRange(location: o, length: i - o + 1))
        open = nil
      } else if let o = open, i - o > 3000 {
        open = nil
      }
    }
    return out
  }

  /// "We took these steps:", "the following measures: 1." (a marker the line break left behind).
  static func endsLeadIn(_ s: String) -> Bool {
    CommitmentPatterns.leadInEnd.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
  }

  /// "A social worker", "clinical staff": who does a job in a service, not the body
  /// that answers for it.
  func describesRole(_ subject: ClauseSubject, in text: some UTF16Text) -> Bool {
    guard subject.role == .generic || subject.role == .author || (subject.role == .named && !subject.knownBody) else { return false }
    let words = ClauseSubject.tokens(subject.range, in: text).map { text.substring(with: $0) }
    guard let head = words.last, words.count <= 4 else { return false }
    let lower = head.lowercased()
    if ["we", "i", "our", "my"].contains(lower) || words.contains(where: { ["our", "my", "we"].contains($0.lowercased()) }) {
      return false
    }
    if ["a", "an", "any", "each", "every"].contains(words[0].lowercased()) { return true }
    return CommitmentLexicon.roleNouns.contains(lower)
  }

  /// "Patients without a medical need will be referred…": people a service handles, as a class.
  func namesRole(_ subject: ClauseSubject, in text: some UTF16Text) -> Bool {
    let words = ClauseSubject.tokens(subject.range, in: text).map { text.substring(with: $0).lowercased() }
    let first = words.first { !["all", "any", "the", "a", "an", "every", "each", "such"].contains($0) }
    return first.map { CommitmentLexicon.roleNouns.contains($0) } ?? false
  }

  static let clauseWords: Set<String> = [
    "should", "must", "cannot", "can", "could", "would", "may", "might", "not", "didn't", "don't", "doesn't", "wasn't",
  ]
  static let finiteWords: Set<String> = ["is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "requires"]

  /// A bullet under a lead-in that introduces undertakings: "A signalised crossing across the A4;".
  func listed(_ range: NSRange, status: Commitment.Status, inheritedHedge: String?, in doc: ParsedDocument) -> Commitment? {
    let text = doc.text
    let words = ClauseSubject.tokens(range, in: text)
    guard words.count >= 4, let first = words.first else { return nil }
    let head = text.substring(with: first).lowercased()
    if CommitmentLexicon.personalSubject.contains(head) || CommitmentLexicon.pronounSubject.contains(head)
      || ["he", "she", "they", "we", "i", "it", "there", "the", "our", "its", "their"].contains(head)
    {
      return nil
    }
    // A bullet that is a whole clause ("Carers did not escalate…") states a fact; the lead-in's undertakings are
    // noun phrases, gerunds or bare verbs.
    let lower = words.map { text.substring(with: $0).lowercased() }
    if lower.contains(where: { Self.clauseWords.contains($0) }) || lower.prefix(6).contains(where: { Self.finiteWords.contains($0) }) {
      return nil
    }
    // Gerund bullets name what is to be done ("Introducing a new opportunity…") whatever the lead-in's tense.
    var status = status
    if lower[0] == "continued" || lower[0] == "continuing" {
      status = .ongoing
    } else if lower[0].hasSuffix("ing") {
      status = .planned
    }
    let window = NSRange(location: range.location, length: min(range.length, 24))
    let hedge = CommitmentPatterns.hedge.firstMatch(in: text, within: window).map { text.substring(with: $0.range) }
      ?? inheritedHedge
    return Commitment(
      text: text.substring(with: range), span: doc.text.span(range), rule: "commitment.list-lead-in.\(status.rawValue)",
      status: status, strength: hedge == nil ? .firm : .soft, hedge: hedge)
  }

  /// "These include the creation of a board and the introduction of a framework": one undertaking per item,
  /// when the sentence before announced actions; the items take that sentence's status.
  func includedItems(_ range: NSRange, after prior: Commitment?, in doc: ParsedDocument) -> [Commitment] {
    let text = doc.text
    guard let prior, let m = CommitmentPatterns.includeList.firstMatch(in: text, within: range) else { return [] }
    let priorEnd = doc.text.nsRange(prior.span)
    guard range.location - (priorEnd.location + priorEnd.length) < 400 else { return [] }
    let rest = text.substring(with: NSRange(location: m.range.location + m.range.length,
      length: range.location + range.length - m.range.location - m.range.length))
    guard ClauseSubject.tokens(NSRange(location: 0, length: (rest as NSString).length), in: rest as NSString).count >= 3
    else { return [] }
    // The items must name actions ("the creation of…", "inspector training"), not people or things.
    guard CommitmentPatterns.actionNoun.firstMatch(in: rest, range: NSRange(location: 0, length: (rest as NSString).length)) != nil
    else { return [] }
    let semicolons = rest.components(separatedBy: ";").count - 1
    let count = semicolons > 0 ? min(semicolons + 1, 5) : (rest.contains(" and ") ? 2 : 1)
    let status: Commitment.Status = text.substring(with: m.range).lowercased().hasSuffix("included") ? .done : prior.status
    // The items are the prior sentence's actions, by the same body.
    let c = Commitment(
      text: text.substring(with: range), span: doc.text.span(range), rule: "commitment.included-items.\(status.rawValue)",
      body: prior.body, bodySpan: prior.bodySpan, status: status, strength: .firm)
    return Array(repeating: c, count: count)
  }

  /// True when only a list marker or a bold label stands between the block's start and the sentence.
  func startsBlock(_ range: NSRange, block: Block, in doc: ParsedDocument) -> Bool {
    let start = doc.text.nsRange(block.span).location
    guard range.location >= start else { return false }
    let before = doc.text.slice( NSRange(location: start, length: range.location - start))
    return !before.contains(".") || before.count < 6 || before.hasSuffix("**: ") || before.hasSuffix(":** ")
  }

  /// Cheap test on the lowercased sentence before any expression runs.
  func mayHold(_ lower: String) -> Bool {
    // A byte scan: Foundation's `contains` bridges every call through NSString, which was 5% of a run.
    var lower = lower
    return lower.withUTF8 { bytes in Self.cues.contains { ByteSearch.contains(bytes, $0) } }
  }

  static let cues: [[UInt8]] = [
    "will ", "'ll ", "shall ", "intend", "plan", "propos", "aim", "continu", "have ", "has ", "'ve ", "are ",
    "is ", "am ", "was ", "were ", "underway", "under way", "process of", "ongoing", "in place", "into force",
    "intention", "we ", "may ", "might ", "could ", "can ", "seek", "hop", "expect", "endeavo", "commit",
    // Simple tenses after a named body: "the Department announced", "the Trust signposts".
    "ed ", "took ", "made ", "met ", "held ", "sent ", "set ", "began ", "gave ", "wrote ", "signpost",
  ].map { Array($0.utf8) }

  /// The sentence without a list item's bold label ("**Safeguarding:** a rapid return…").
  func quoteRange(_ r: NSRange, block: Block, in text: some UTF16Text) -> NSRange {
    guard block.kind == .listItem,
      let m = CommitmentPatterns.label.firstMatch(in: text, within: r)
    else { return r }
    return NSRange(location: m.range.location + m.range.length, length: r.length - m.range.length)
  }

  /// One commitment per clause that states an action, one per status when a sentence holds several.
  func clauses(
    _ range: NSRange, in doc: ParsedDocument, lowercase: Set<String>, bodies: [BodyMention], bodyRanges: [NSRange]
  ) -> [Commitment] {
    let text = doc.text
    var groups = CommitmentPatterns.verbGroups.matches(in: doc.text.loweredUTF16, index: doc.text.wordIndex, within: range).compactMap {
      VerbGroup.read($0, in: text)
    }
    for m in CommitmentPatterns.simpleVerb.matches(in: doc.text.loweredUTF16, index: doc.text.wordIndex, within: range) {
      guard !groups.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }),
        let vg = VerbGroup.simple(m, in: text)
      else { continue }
      groups.append(vg)
    }
    groups.sort { $0.range.location < $1.range.location }
    var accepted: [(VerbGroup, ClauseSubject)] = []
    var lastSubject: ClauseSubject?
    var previousGroup: VerbGroup?
    for vg in groups {
      var subject = ClauseSubject.find(
        before: vg.range.location, sentenceStart: range.location, in: text, units: doc.text.utf16,
        lowered: doc.text.wordIndex, lowercase: lowercase, bodies: bodyRanges)
      var inherited = false
      if subject.role == .none, subject.coordinated {
        inherited = true
        if let prev = lastSubject {
          subject = prev
          subject.coordinated = true
        } else if let lead = leadingSubject(range, upTo: vg.range.location, in: text, bodyRanges: bodyRanges) {
          subject = lead
        }
      }
      // A bare verb after a comma or "and" with no subject of its own is a participle or an infinitive's second
      // verb ("decoupled from the grade", "to reinforce these changes and promote consistency"), not a new act.
      // "have considered this and reviewed our processes": the perfect's auxiliary carries over to an action verb
      // when the first verb was no action.
      let sharesPerfect = inherited && previousGroup?.kind == .perfect && !accepted.contains { $0.0.status == .done }
        && CommitmentLexicon.pastPassiveAction.contains(vg.verb)
      previousGroup = vg
      // "where the CQC inspects services": a simple tense inside a relative or conditional clause sets a scene.
      if vg.kind == .simple, !sharesPerfect,
        inherited || subject.relative || subject.subordinate || !simpleSubject(subject, vg, in: text, bodyRanges: bodyRanges)
      {
        continue
      }
      if reducedRelative(subject, in: text), !accepted.isEmpty || CommitmentLexicon.workNouns.contains(wordBefore(subject, in: text)) {
        continue
      }
      // A relative clause counts only as the second half of a sentence that already holds an undertaking.
      if subject.relative, subject.role == .none {
        guard !accepted.isEmpty, vg.status != accepted[0].0.status, !vg.passive || vg.kind == .future || vg.kind == .marker,
          !CommitmentLexicon.effect.contains(vg.verb), !CommitmentLexicon.nonAction.contains(vg.verb)
        else { continue }
        accepted.append((vg, accepted[0].1))
        continue
      }
      if subject.relative, subject.role == .author || subject.role == .named, describesWork(subject, in: text) { continue }
      // "The team will assess the patient within one hour": a future with no one of ours acting and nothing new
      // or dated describes how a service runs, not an undertaking.
      if vg.kind == .future, !vg.passive, !vg.hedged, describesRole(subject, in: text),
        CommitmentPatterns.anchorCue.firstMatch(in: text, within: range) == nil
      {
        continue
      }
      // "A higher response will be reached where there are symptoms", "The gases are delivered by a machine": a
      // passive about a generic thing, framed by a condition or in the present, with nothing new, describes a system.
      if vg.passive, vg.kind == .future || vg.kind == .present,
        subject.role == .generic || subject.role == .none || (subject.role == .named && !subject.knownBody),
        vg.kind == .present || CommitmentPatterns.conditionCue.firstMatch(in: text, within: range) != nil || namesRole(subject, in: text),
        CommitmentPatterns.anchorCue.firstMatch(in: text, within: range) == nil
      {
        continue
      }
      // "we will make sure more care is delivered": a clause inside what an act ensures is its aim.
      if let first = accepted.first {
        let from = first.0.range.location + first.0.range.length
        if vg.range.location > from,
          CommitmentPatterns.aimCue.firstMatch(in: text, within: NSRange(location: from, length: vg.range.location - from)) != nil
        {
          continue
        }
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
      // "will also be reviewed and a call for evidence will be launched", "intend to publish … and aim to complete":
      // a second future clause with its own auxiliary is a second undertaking.
      if statuses.contains(vg.status), !(subject.coordinated && (vg.kind == .future || vg.kind == .intent)) { continue }
      statuses.insert(vg.status)
      out.append(commitment(range, vg: vg, subject: subject, in: doc, bodies: bodies))
    }
    // "will consult on changes, and introduce them", "have considered this and reviewed our processes": a second
    // verb shares the auxiliary and subject of the first.
    let end = range.location + range.length
    for (vg, subject) in accepted where out.count < 4 && !vg.passive {
      // Perfect tenses are left whole: "we have developed and published a policy" is one act done.
      guard subject.role == .author || subject.role == .named, [.future, .continuing].contains(vg.kind)
      else { continue }
      let from = vg.range.location + vg.range.length
      let next = groups.first { $0.range.location >= from && $0.kind != .simple }?.range.location ?? end
      guard next > from,
        let m = CommitmentPatterns.coordinatedVerb.firstMatch(in: text, within: NSRange(location: from, length: next - from))
      else { continue }
      let v = text.substring(with: m.range(withName: "v")).lowercased()
      guard CommitmentLexicon.bareAction.contains(v) else { continue }
      var c = commitment(range, vg: vg, subject: subject, in: doc, bodies: bodies)
      c.status = .planned
      c.rule = rule(vg, subject) + ".coordinated"
      let hedged = ["explore", "consider", "examine", "look"].contains(v)
      c.strength = hedged ? .soft : .firm
      c.hedge = hedged ? text.substring(with: m.range(withName: "v")) : nil
      out.append(c)
    }
    // "Policies have been reviewed, training refined, and forms changed": each gapped passive has its own subject.
    if let (vg, subject) = accepted.first(where: { $0.0.passive && $0.0.status == .done }) {
      let from = vg.range.location + vg.range.length
      for m in CommitmentPatterns.gappedPassive.matches(in: text, within: NSRange(location: from, length: end - from)) where out.count < 6 {
        let v = text.substring(with: m.range(withName: "v")).lowercased()
        let np = text.substring(with: m.range(withName: "np")).lowercased().split(separator: " ")
        let action = CommitmentLexicon.pastPassiveAction.contains(v)
          || (v.hasSuffix("ed") && !CommitmentLexicon.passiveStop.contains(v) && !CommitmentLexicon.nonAction.contains(v)
            && !CommitmentLexicon.nonActionPast.contains(v))
        guard action,
          !np.contains(where: { Self.finiteWords.contains(String($0)) || Self.clauseWords.contains(String($0)) || CommitmentLexicon.gapStops.contains(String($0)) }),
          let head = np.first, !ClauseSubject.adverbs.contains(String(head)), !head.hasSuffix("ly")
        else { continue }
        var c = commitment(range, vg: vg, subject: subject, in: doc, bodies: bodies)
        c.rule = rule(vg, subject) + ".gapped"
        out.append(c)
      }
    }
    return out
  }

  /// "the standards we set ourselves", "the sectors we regulate": "we" after a noun opens a relative clause that
  /// describes the object of the undertaking before it, not a second undertaking.
  func reducedRelative(_ subject: ClauseSubject, in text: some UTF16Text) -> Bool {
    guard subject.role == .author else { return false }
    let words = ClauseSubject.tokens(subject.range, in: text).map { text.substring(with: $0).lowercased() }
    guard words.count >= 2, let last = words.last, last == "we" || last == "i" else { return false }
    let before = words[words.count - 2]
    if before.hasSuffix("ly") || CommitmentLexicon.notNouns.contains(before) || before.first?.isNumber == true { return false }
    return before.allSatisfy { $0.isLetter }
  }

  /// "the early actions that Ofsted have taken", "the changes which we made": a relative clause that names past or
  /// planned work as the topic of a sentence, not an undertaking of its own.
  func describesWork(_ subject: ClauseSubject, in text: some UTF16Text) -> Bool {
    let from = max(0, subject.range.location - 40)
    let before = ClauseSubject.tokens(NSRange(location: from, length: subject.range.location - from), in: text)
      .map { text.substring(with: $0).lowercased() }
    guard before.count >= 2, ["that", "which"].contains(before[before.count - 1]) else { return false }
    return CommitmentLexicon.workNouns.contains(before[before.count - 2])
  }

  /// The word before the subject's last word: "processes" in "the processes we are putting in place".
  func wordBefore(_ subject: ClauseSubject, in text: some UTF16Text) -> String {
    let words = ClauseSubject.tokens(subject.range, in: text)
    return words.count >= 2 ? text.substring(with: words[words.count - 2]).lowercased() : ""
  }

  /// Who acts when a clause starts at "and" with nothing before its verb: the sentence's own "we" or body.
  func leadingSubject(_ sentence: NSRange, upTo end: Int, in text: some UTF16Text, bodyRanges: [NSRange]) -> ClauseSubject? {
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
  func simpleSubject(_ subject: ClauseSubject, _ vg: VerbGroup, in text: some UTF16Text, bodyRanges: [NSRange]) -> Bool {
    guard subject.role == .author || subject.role == .named else { return false }
    if subject.role == .named {
      // "Schools Week revealed", "Ofsted admitted": a named body's simple past counts only for verbs of action, and
      // the name must be a body ("Sponsored post" is not one).
      if vg.status == .done, !CommitmentLexicon.pastPassiveAction.contains(vg.verb),
        !CommitmentLexicon.irregularPast.contains(vg.verb)
      {
        return false
      }
      guard let name = subject.nameRange,
        bodyRanges.contains(where: { NSIntersectionRange($0, name).length > 0 })
          || ClauseSubject.tokens(name, in: text).count > 1
      else { return false }
    }
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
    // "review our audit tool": a possessive before a noun, not a subject before a verb.
    if ["our", "my", "us", "its", "their"].contains(lower) { return false }
    if subject.role == .named, let first = head.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) {
      return true
    }
    _ = last
    return CommitmentLexicon.authorSubject.contains(lower) && tail.count <= 4
  }

  func accepts(_ vg: VerbGroup, _ subject: ClauseSubject, in text: some UTF16Text) -> Bool {
    if subject.subordinate || subject.role == .negated { return false }
    if subject.role == .there { return vg.kind == .future }
    let verb = vg.verb
    let words = text.substring(with: vg.range).lowercased()
    if vg.status != .planned, words.contains(" not ") || words.contains("n't") || words.hasSuffix(" not") {
      return false
    }
    if vg.kind != .marker && vg.kind != .simple {
      if vg.passive {
        // "will be recorded", "is being considered": what is stative in a past passive is an act to come.
        let stops = vg.kind == .future || vg.kind == .progressive ? CommitmentLexicon.futurePassiveStop : CommitmentLexicon.passiveStop
        guard looksLikeParticiple(verb), !stops.contains(verb) else { return false }
      } else if vg.kind == .perfect, verb == "had" {
        // "we have had discussions with the council": a meeting held, not a possession.
        let end = vg.range.location + vg.range.length
        let next = text.substring(with: NSRange(location: end, length: min(16, text.length - end))).lowercased()
        guard Self.meetingNouns.contains(where: { next.hasPrefix(" " + $0) }) else { return false }
      } else {
        if CommitmentLexicon.nonAction.contains(verb), !raisesOrAgrees(vg, in: text) { return false }
        if vg.kind == .perfect, !looksLikeParticiple(verb) { return false }
      }
    }
    // A past perfect ("they had received reports") tells a story unless we, or a body by name, had acted.
    if vg.kind == .perfect, text.substring(with: vg.range).lowercased().hasPrefix("had"),
      !(subject.role == .author || subject.knownBody) || subject.relative
    {
      return false
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
    case .author: return true
    // "The SLA will support decision-making": a capitalised thing, not a body, that has an effect.
    case .named: return subject.knownBody || !CommitmentLexicon.inanimateEffect.contains(verb)
    case .generic:
      if vg.passive || vg.kind == .marker { return true }
      // "council representatives have met on site": the people of a body acting for it.
      if vg.kind == .perfect || vg.kind == .progressive,
        let head = ClauseSubject.tokens(subject.range, in: text).last.map({ text.substring(with: $0).lowercased() }),
        CommitmentLexicon.agents.contains(head), !CommitmentLexicon.effect.contains(verb)
      {
        return true
      }
      // "They are also engaging with…": a body named in the sentence before.
      if text.substring(with: subject.range).lowercased() == "they", vg.kind == .progressive || vg.kind == .perfect,
        !CommitmentLexicon.effect.contains(verb)
      {
        return true
      }
      return vg.status == .planned && !CommitmentLexicon.effect.contains(verb)
    case .pronoun: return vg.passive || verb == "include"
    }
  }

  static let meetingNouns = ["discussions", "meetings", "conversations", "a meeting", "a discussion", "several meetings"]

  /// "We have raised the issue with NHS England", "we have agreed a service level agreement": the act, not a finding.
  func raisesOrAgrees(_ vg: VerbGroup, in text: some UTF16Text) -> Bool {
    guard ["raise", "raised", "agree", "agreed"].contains(vg.verb) else { return false }
    let end = vg.range.location + vg.range.length
    let next = text.substring(with: NSRange(location: end, length: min(14, text.length - end))).lowercased()
    let objects = vg.verb.hasPrefix("raise") ? [" this ", " the issue", " the matter", " it with", " this with"] : [" a ", " an ", " new ", " to "]
    return objects.contains { next.hasPrefix($0) }
  }

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
    let text = doc.text
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
    // A subject that is no known body ("Further work") leaves the actor to the agent or antecedent.
    let known = bodySpan.map { span in bodies.contains { $0.span.overlaps(span) } } ?? false
    if !known, let mention = vg.passive ? agent(of: vg, in: range, doc: doc, bodies: bodies)
      : antecedent(of: subject, before: range.location, doc: doc, bodies: bodies)
    {
      body = mention.name
      bodySpan = mention.span
    }
    let hedge = hedgeRange(range, vg: vg, in: text)
    return Commitment(
      text: text.substring(with: range), span: doc.text.span(range), rule: rule(vg, subject), body: body,
      bodySpan: bodySpan, status: vg.status, strength: hedge == nil ? .firm : .soft,
      hedge: hedge.map { text.substring(with: $0) })
  }

  /// "Further work is planned by Regions Group": the body after "by" in a passive clause does the work.
  func agent(of vg: VerbGroup, in sentence: NSRange, doc: ParsedDocument, bodies: [BodyMention]) -> BodyMention? {
    let text = doc.text
    let from = vg.range.location + vg.range.length
    let end = sentence.location + sentence.length
    return bodies.first { b in
      let r = doc.text.nsRange(b.span)
      guard r.location >= from, r.location + r.length <= end, r.location - from <= 40 else { return false }
      let before = text.substring(with: NSRange(location: from, length: r.location - from)).lowercased()
      guard before.hasSuffix(" by ") || before.hasSuffix(" by the ") else { return false }
      // "shared by the CQC and NHS England": a joint act, left to the author.
      let after = r.location + r.length
      return !text.substring(with: NSRange(location: after, length: min(5, end - after))).hasPrefix(" and ")
    }
  }

  /// "The Agency will continue to review…": a capitalised "the Agency" or "the Trust" is the last body named
  /// before it whose name holds that word, which may not be the author.
  func antecedent(of subject: ClauseSubject, before start: Int, doc: ParsedDocument, bodies: [BodyMention]) -> BodyMention? {
    guard subject.role == .author else { return nil }
    let text = doc.text
    let words = ClauseSubject.tokens(subject.range, in: text).map { text.substring(with: $0) }
    guard words.count == 2, words[0].lowercased() == "the", let head = words.last, head.first?.isUppercase == true,
      head.count > 3
    else { return nil }
    return bodies.last { b in
      let r = doc.text.nsRange(b.span)
      return r.location + r.length <= subject.range.location && subject.range.location - r.location < 3000
        && b.name.range(of: head, options: .caseInsensitive) != nil
    }
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
  func hedgeRange(_ sentence: NSRange, vg: VerbGroup, in text: some UTF16Text) -> NSRange? {
    if let h = vg.hedge { return h }
    let end = sentence.location + sentence.length
    let from = vg.kind == .perfect && !vg.passive ? vg.range.location + vg.range.length : vg.range.location
    for (pattern, reach) in [(CommitmentPatterns.hedge, 70), (CommitmentPatterns.hedgeModal, 20)] {
      let to = min(end, vg.range.location + vg.range.length + reach)
      guard to > from else { continue }
      if let m = pattern.firstMatch(in: text, within: NSRange(location: from, length: to - from)) {
        return m.range
      }
    }
    let before = NSRange(location: sentence.location, length: vg.range.location - sentence.location)
    if let m = CommitmentPatterns.leadingHedge.firstMatch(in: text, within: before) { return m.range }
    return nil
  }

  /// A headline that announces an undertaking ("Watchdog to explore standalone safeguarding judgment").
  func headline(_ range: NSRange, in doc: ParsedDocument) -> Commitment? {
    let text = doc.text
    guard range.length < 200,
      let m = CommitmentPatterns.headline.firstMatch(in: text, within: range)
    else { return nil }
    let soft = m.range(withName: "soft")
    if soft.location == NSNotFound {
      let v = text.substring(with: m.range(withName: "v"))
      // "Reforms to ensure 'no more tragedies'": what changes achieve, not something a body will do.
      if CommitmentLexicon.nonAction.contains(v) || CommitmentLexicon.effect.contains(v) || v.hasSuffix("ing") { return nil }
    }
    return Commitment(
      text: text.substring(with: range), span: doc.text.span(range), rule: "commitment.headline.planned",
      status: .planned, strength: soft.location == NSNotFound ? .firm : .soft,
      hedge: soft.location == NSNotFound ? nil : text.substring(with: soft))
  }

  /// A bare-verb bullet under a heading that names who acts ("Publish a new policy today").
  func imperative(_ range: NSRange, actor: HeadingActor, in doc: ParsedDocument) -> Commitment? {
    let text = doc.text
    guard let m = CommitmentPatterns.imperative.firstMatch(in: text, within: range) else { return nil }
    let v = text.substring(with: m.range(withName: "v")).lowercased()
    if CommitmentLexicon.nonAction.contains(v) || CommitmentLexicon.pronounSubject.contains(v)
      || v.hasSuffix("ing") || v.hasSuffix("ly") || v.hasSuffix("tion")
      || (v.hasSuffix("ed") && actor.status != .done)
      || ["a", "an", "the", "we", "our", "all", "new", "more", "further"].contains(v)
    {
      return nil
    }
    let window = NSRange(location: range.location, length: min(range.length, 50))
    let hedge = CommitmentPatterns.hedge.firstMatch(in: text, within: window)?.range
    return Commitment(
      text: text.substring(with: range), span: doc.text.span(range), rule: "commitment.list.\(actor.status.rawValue)",
      body: actor.name.map { text.substring(with: $0) }, bodySpan: actor.name.map { doc.text.span($0) },
      status: actor.status, strength: hedge == nil ? .firm : .soft, hedge: hedge.map { text.substring(with: $0) })
  }
}
