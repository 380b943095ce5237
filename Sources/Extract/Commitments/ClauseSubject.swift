import Foundation
import Model

/// Who acts in a clause, read from the words between the clause's start and its verb group.
struct ClauseSubject {
  enum Role { case none, author, named, generic, pronoun, there, person, negated }

  var role: Role
  /// UTF-16 range of the subject words in the document.
  var range: NSRange
  /// UTF-16 range of the body's name, for `named` subjects.
  var nameRange: NSRange?
  /// True when the clause starts at "and", "but" or a comma, so an empty subject is shared with the clause before.
  var coordinated: Bool
  /// True when the clause is relative ("which will…", "that has…").
  var relative: Bool
  /// True for purpose clauses and embedded questions ("so that we are…", "how staff will…"): never an undertaking.
  var subordinate = false
  /// True when a `named` subject is a body the registry knows, not just capitalised words ("The SLA").
  var knownBody = false

  /// Words of the document that also occur in lower case: sentence-initial "Training" is not a name.
  static func lowercaseWords(_ units: [UInt16]) -> Set<String> {
    var words = Set<String>()
    var start = -1
    let n = units.count
    var i = 0
    var allLower = true
    while i <= n {
      let c: unichar = i < n ? units[i] : 32
      let isLetter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
      if isLetter {
        if start < 0 { start = i; allLower = true }
        if c < 97 { allLower = false }
      } else if start >= 0 {
        // ASCII letters only: copied byte for byte, where decoding UTF-16 cost ~5,700 instructions a word.
        if allLower {
          let from = start
          words.insert(String(unsafeUninitializedCapacity: i - from) { buffer in
            for k in 0..<(i - from) { buffer[k] = UInt8(truncatingIfNeeded: units[from + k]) }
            return i - from
          })
        }
        start = -1
      }
      i += 1
    }
    return words
  }

  /// The subject of the verb group starting at `verbStart`, within the sentence starting at `sentenceStart`;
  /// `lowered` is `text` with A–Z lowered.
  static func find(
    before verbStart: Int, sentenceStart: Int, in text: some UTF16Text, units: [UInt16], lowered: WordIndex,
    lowercase: Set<String>, bodies: [NSRange]
  ) -> ClauseSubject {
    var start = sentenceStart
    var coordinated = false
    var relative = false
    var subordinate = false
    let prefix = NSRange(location: sentenceStart, length: verbStart - sentenceStart)
    // "The Professional Record Standards Body (PRSB) have updated…": a closed bracket is an aside, not a clause.
    let asides = closedBrackets(prefix, in: units)
    let boundaries = CommitmentPatterns.clauseBoundary.matches(in: lowered.units, index: lowered, within: prefix).filter { m in
      !asides.contains { $0.location <= m.range.location && m.range.location < $0.location + $0.length }
    }
    if let last = boundaries.last {
      start = last.range.location + last.range.length
      let b = text.substring(with: last.range).lowercased()
      coordinated = ["and", "but", ",", ";", "so"].contains(b)
      relative = ["which", "that", "who", "whom", "where", "when", "whereby"].contains(b)
      // Conditions and reasons ("when TfL was created", "if we find") frame an undertaking, they are not one.
      subordinate = b.hasPrefix("so ") || b.hasPrefix("in order")
        || ["how", "what", "why", "whether", "when", "if", "because", "although", "though", "while", "whilst"].contains(b)
      if b == "that", last.range.location >= 12 {
        // "I can confirm that representatives have met": a reported statement, not a relative clause.
        let lead = lowercased(before: last.range.location, count: 12, in: text)
        if ["confirm ", "confirmed ", "assure you ", "inform you ", "advise you ", "said ", "says ", "stated ", "added ",
          "explained ", "announced ", "reported ", "told us "].contains(where: { lead.hasSuffix($0) }) {
          relative = false
        }
      }
      if b == "why" {
        // "That's why we have worked…": a reason given for an act, not an embedded question.
        let lead = lowercased(before: last.range.location, count: 8, in: text)
        if lead.hasSuffix("that's ") || lead.hasSuffix("that’s ") || lead.hasSuffix("is is ") || lead.hasSuffix("at is ") {
          subordinate = false
        }
      }
      if b == "that", last.range.location >= 8 {
        // "to ensure that we meet the standards": the aim of an undertaking, not another one.
        let lead = lowercased(before: last.range.location, count: 10, in: text)
        if lead.hasSuffix("ensure ") || lead.hasSuffix(" sure ") || lead.hasSuffix("ensuring ") { subordinate = true }
        // "The College recommends that cut-offs are agreed locally": advice to others, not an act.
        let wide = lowercased(before: last.range.location, count: 16, in: text)
        for verb in ["recommend", "recommends", "recommended", "suggest", "suggests", "advise", "advises", "concerned",
          "request", "requests", "know", "knows", "reassure", "assure"] where wide.hasSuffix(verb + " ") {
          subordinate = true
        }
      }
    }
    let raw = NSRange(location: start, length: verbStart - start)
    let range = trim(raw, in: text)
    let words = tokens(range, in: text)
    func result(_ role: Role, name: NSRange? = nil) -> ClauseSubject {
      ClauseSubject(
        role: role, range: range, nameRange: name, coordinated: coordinated, relative: relative, subordinate: subordinate)
    }
    guard let last = words.last else { return result(.none) }
    let lower = words.map { text.substring(with: $0).lowercased() }
    if lower.contains(where: { ["no", "not", "never", "nor", "neither"].contains($0) }) { return result(.negated) }
    // "we therefore consulted", "we also briefed": adverbs between the subject and its verb.
    var core = lower
    while core.count > 1, let w = core.last, Self.adverbs.contains(w) || w.hasSuffix("ly") { core.removeLast() }
    if core.last == "we" || core.last == "i" || lower.first == "our" || lower.first == "my" { return result(.author) }
    // "a call for evidence" is a thing done, "the evidence" is not an actor: document nouns count only as the head.
    let head = lower.firstIndex(where: { ["of", "for", "from", "about", "into", "on"].contains($0) }).map { $0 > 0 ? lower[$0 - 1] : lower[0] }
      ?? lower[lower.count - 1]
    if lower.contains(where: {
      CommitmentLexicon.personalSubject.contains($0) && (!Self.documentNouns.contains($0) || $0 == head)
    }) {
      return result(.person)
    }
    // "senior advisers within our patient safety team": the author's own people.
    if lower.count <= 8, lower.dropFirst().contains(where: { $0 == "our" || $0 == "my" }),
      !lower.contains(where: { CommitmentLexicon.pronounSubject.contains($0) })
    {
      return result(.author)
    }
    if lower.count == 1, lower[0] == "there" { return result(.there) }
    if lower.count <= 2, CommitmentLexicon.pronounSubject.contains(lower[0]) { return result(.pronoun) }
    if lower.count == 1, lower[0] == "they" { return result(.generic) }
    if let body = bodies.first(where: { NSIntersectionRange($0, range).length > 0 }) {
      var r = result(.named, name: body)
      r.knownBody = true
      return r
    }
    let content = lower.filter { !["the", "a", "an", "all", "some", "further", "new", "also"].contains($0) }
    if !content.isEmpty, content.count <= 4, content.allSatisfy({ CommitmentLexicon.authorSubject.contains($0) }) {
      return result(.author)
    }
    if let name = capitalisedRun(words, sentenceStart: sentenceStart, in: text, lowercase: lowercase) {
      return result(.named, name: name)
    }
    _ = last
    return result(.generic)
  }

  /// Up to `count` UTF-16 units before `location`, lowercased: the words that lead into a boundary.
  private static func lowercased(before location: Int, count: Int, in text: some UTF16Text) -> String {
    let n = min(count, location)
    return text.substring(with: NSRange(location: location - n, length: n)).lowercased()
  }

  /// Ranges of "(…)" pairs that open and close within `range`, brackets included.
  static func closedBrackets(_ range: NSRange, in units: [UInt16]) -> [NSRange] {
    var out: [NSRange] = []
    var open: [Int] = []
    for i in range.location..<(range.location + range.length) {
      let c = units[i]
      if c == 0x28 {
        open.append(i)
      } else if c == 0x29, let o = open.popLast() {
        out.append(NSRange(location: o, length: i - o + 1))
      }
    }
    return out
  }

  static let documentNouns: Set<String> = [
    "evidence", "findings", "report", "reports", "concerns", "concern", "letter", "death", "inquest",
  ]

  static let adverbs: Set<String> = [
    "therefore", "also", "now", "then", "further", "subsequently", "recently", "already", "currently", "jointly",
    "immediately", "additionally", "since", "quickly", "promptly", "initially", "together", "still", "duly",
    "accordingly", "consequently", "thus", "again", "separately", "formally",
  ]

  /// The longest run of capitalised words, allowing "of", "for", "and", "&" inside: "Regions Group", "the ESFA's".
  private static func capitalisedRun(
    _ words: [NSRange], sentenceStart: Int, in text: some UTF16Text, lowercase: Set<String>
  ) -> NSRange? {
    var best: NSRange?
    var runStart: Int?
    var runEnd = 0
    var pendingJoin = false
    func close() {
      if let s = runStart {
        let r = NSRange(location: s, length: runEnd - s)
        if best == nil || r.length > best!.length { best = r }
      }
      runStart = nil
      pendingJoin = false
    }
    for w in words {
      var token = text.substring(with: w)
      var end = w.location + w.length
      for suffix in ["'s", "’s", "’", "'"] where token.hasSuffix(suffix) {
        token = String(token.dropLast(suffix.count))
        end -= suffix.utf16.count
        break
      }
      let first = token.unicodeScalars.first
      let isCap = first.map { CharacterSet.uppercaseLetters.contains($0) } ?? false
      let isJoin = ["of", "for", "and", "&", "the"].contains(token)
      if isCap {
        let atStart = w.location == sentenceStart
        let ordinary = lowercase.contains(token.lowercased()) && token.dropFirst().allSatisfy { $0.isLowercase }
        if atStart && ordinary || ["The", "A", "An", "Our", "In", "On", "As", "By", "From", "This"].contains(token) {
          close()
          continue
        }
        if runStart == nil { runStart = w.location }
        runEnd = end
        pendingJoin = false
      } else if isJoin, runStart != nil, !pendingJoin {
        pendingJoin = true
      } else {
        close()
      }
    }
    close()
    return best
  }

  static func tokens(_ range: NSRange, in text: some UTF16Text) -> [NSRange] {
    var out: [NSRange] = []
    var start = -1
    let end = range.location + range.length
    var i = range.location
    while i <= end {
      let c: unichar = i < end ? text.character(at: i) : 32
      let space = c == 32 || c == 10 || c == 9 || c == 0xA0 || c == 44 || c == 46 || c == 34 || c == 0x201C || c == 0x201D
      if !space {
        if start < 0 { start = i }
      } else if start >= 0 {
        out.append(NSRange(location: start, length: i - start))
        start = -1
      }
      i += 1
    }
    return out
  }

  private static func trim(_ r: NSRange, in text: some UTF16Text) -> NSRange {
    var s = r.location
    var e = r.location + r.length
    while s < e, isSpace(text.character(at: s)) { s += 1 }
    while e > s, isSpace(text.character(at: e - 1)) { e -= 1 }
    return NSRange(location: s, length: e - s)
  }

  private static func isSpace(_ c: unichar) -> Bool { c == 32 || c == 10 || c == 9 || c == 0xA0 }
}
