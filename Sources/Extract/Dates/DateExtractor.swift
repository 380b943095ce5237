import Foundation
import Model

/// Date expressions matched in a document, not yet normalised.
public struct DateCandidates: Sendable {
  let list: [DateCandidate]
  let hints: [Int?]
}

/// Finds calendar expressions and normalises each to a closed range of days.
public struct DateExtractor: Sendable {
  public init() {}

  /// Every date expression in document order; relative ones are resolved against `anchor`.
  public func extract(_ doc: ParsedDocument, anchor: CalendarDay?) -> [DateMention] {
    resolve(candidates(in: doc), in: doc, anchor: anchor)
  }

  /// The matching half of `extract`: run it once, then `resolve` for each anchor tried.
  public func candidates(in doc: ParsedDocument) -> DateCandidates {
    let text = doc.text
    let lowered = Array(doc.text.string.asciiLowercased().utf8)
    var candidates = Self.select(
      (DateRules.all + RelativeDateRules.all).flatMap { $0.candidates(in: text, units: doc.text.utf16, index: doc.text.wordIndex, lowered: lowered) })
    candidates = Self.applyModifiers(candidates, in: doc.text, lowered: lowered)
    candidates = candidates.filter { !$0.requiresModifier && $0.range.length > 0 }
    candidates = DateRangeJoiner.join(candidates, in: doc.text)
    return DateCandidates(list: candidates, hints: Self.listYears(candidates, in: text))
  }

  /// Normalises matched expressions, anchoring relative ones on `anchor` (skipped when it is nil).
  public func resolve(_ prepared: DateCandidates, in doc: ParsedDocument, anchor: CalendarDay?) -> [DateMention] {
    let text = doc.text
    let candidates = prepared.list
    let hints = prepared.hints

    var followingYear = [Int?](repeating: nil, count: candidates.count)
    var next: Int?
    for i in candidates.indices.reversed() {
      followingYear[i] = next
      if let y = candidates[i].explicitYear { next = y }
    }

    var context = DateContext(anchor: anchor)
    var mentions: [DateMention] = []
    for (i, c) in candidates.enumerated() {
      context.hintYear = hints[i]
      context.followingYear = followingYear[i]
      context.future = c.lacksYear && Self.speaksOfFuture(before: c.range.location, in: text)
      guard let v = c.resolve(context), v.start <= v.end else { continue }
      let span = doc.text.span(c.range)
      mentions.append(
        DateMention(
          text: doc.text.slice(span), span: span, start: v.start, end: v.end, granularity: v.granularity,
          relative: v.relative, rule: c.rule))
      context.previous = v
      if v.start == v.end { context.previousDay = v.start }
    }
    return mentions
  }

  /// Keeps the longest of overlapping candidates (the earliest on a tie), in text order.
  static func select(_ all: [DateCandidate]) -> [DateCandidate] {
    let ordered = all.sorted {
      $0.range.length != $1.range.length ? $0.range.length > $1.range.length : $0.range.location < $1.range.location
    }
    // Which UTF-16 units are taken: linear in the text, where comparing with every kept candidate was quadratic.
    let end = ordered.map { $0.range.location + $0.range.length }.max() ?? 0
    var taken = [Bool](repeating: false, count: end)
    var kept: [DateCandidate] = []
    for c in ordered {
      let r = c.range.location..<(c.range.location + c.range.length)
      if r.contains(where: { taken[$0] }) { continue }
      for i in r { taken[i] = true }
      kept.append(c)
    }
    return kept.sorted { $0.range.location < $1.range.location }
  }

  /// Wraps each candidate in the modifier that ends where it starts, twice over for
  /// "the end of the first half of 2024".
  static func applyModifiers(
    _ candidates: [DateCandidate], in doc: DocumentText, lowered: DateGate.Text
  ) -> [DateCandidate] {
    guard !candidates.isEmpty else { return candidates }
    var byEnd: [Int: [(DateModifier, RegexMatch)]] = [:]
    for modifier in DateModifiers.all where modifier.needs.passes(lowered) {
      for m in RegexMatch.all(modifier.regex, in: doc, units: doc.utf16, index: doc.wordIndex) {
        byEnd[m.range.location + m.range.length, default: []].append((modifier, m))
      }
    }
    var out = candidates
    for _ in 0..<2 {
      for (i, c) in out.enumerated() {
        guard let options = byEnd[c.range.location],
          let (modifier, m) = options.filter({ $0.0.appliesToDays || !c.isDay })
            .max(by: { $0.1.range.length < $1.1.range.length })
        else { continue }
        // A modifier must not swallow the date before it.
        if i > 0, out[i - 1].end > m.range.location {
          // "the week" in "the week commencing 11 December" is the modifier's own word.
          guard out[i - 1].requiresModifier, out[i - 1].range.location >= m.range.location else { continue }
          out[i - 1].range.length = 0
        }
        let base = c.resolve
        var wrapped = c
        wrapped.range = NSRange(location: m.range.location, length: c.end - m.range.location)
        wrapped.rule = modifier.id + "+" + c.rule
        wrapped.requiresModifier = false
        wrapped.resolve = { ctx in base(ctx).flatMap { modifier.transform($0, m) } }
        out[i] = wrapped
      }
    }
    return out
  }

  static let futureMarker = try! NSRegularExpression(
    pattern: #"\b(?i:will|shall|plans?\s+to|planned\s+to|intends?\s+to|due\s+to|going\s+to|aims?\s+to|expected\s+to)\b"#)

  /// Whether the sentence up to `location` is in the future tense, so a year-less month lies ahead.
  static func speaksOfFuture(before location: Int, in text: DocumentText) -> Bool {
    let start = max(0, location - 150)
    var clause = text.substring(with: NSRange(location: start, length: location - start))
    // The clause starts after the last sentence end ("." "!" "?" or a line break, then a space). A scan, not
    // `range(of:options: .regularExpression)`, which compiled the expression at every call.
    let units = Array(clause.utf16)
    var k = units.count - 2
    while k >= 0 {
      let c = units[k]
      if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A, Self.isICUSpace(units[k + 1]) {
        clause = String(decoding: units[(k + 2)...], as: UTF16.self)
        break
      }
      k -= 1
    }
    return futureMarker.firstMatch(in: clause, range: NSRange(location: 0, length: (clause as NSString).length)) != nil
  }

  /// ICU's `\s`: the Unicode White_Space property (checked for every BMP unit by the tests).
  static func isICUSpace(_ u: UInt16) -> Bool {
    Unicode.Scalar(u)?.properties.isWhitespace ?? false
  }

  /// For a year-less month or day in a list ("March, June, September and December 2023"), the list's year.
  static func listYears(_ candidates: [DateCandidate], in text: DocumentText) -> [Int?] {
    var hints = [Int?](repeating: nil, count: candidates.count)
    guard candidates.count > 1 else { return hints }
    for i in stride(from: candidates.count - 2, through: 0, by: -1) where candidates[i].lacksYear {
      let a = candidates[i]
      let b = candidates[i + 1]
      guard b.range.location - a.end <= 6, let y = b.explicitYear ?? hints[i + 1] else { continue }
      let gap = text.substring(with: NSRange(location: a.end, length: b.range.location - a.end))
        .trimmingCharacters(in: .whitespaces).lowercased()
      if ["", ",", "and", ", and", "or", ", or", "to", "-", "–"].contains(gap) { hints[i] = y }
    }
    return hints
  }
}
