import Foundation
import Model

/// Finds money amounts, counts, percentages and durations.
public struct FigureExtractor: Sendable {
  public init() {}

  public func extract(_ doc: ParsedDocument, dates: [DateMention]) -> [Figure] {
    let ns = doc.text
    let dateRanges = dates.map { doc.text.nsRange($0.span) }
    var figures: [Figure] = []
    let all = NSRange(location: 0, length: ns.length)
    for m in FigurePatterns.figure.matches(in: doc.text.loweredUTF16, index: doc.text.wordIndex, within: all) {
      let context = MatchContext(ns: ns, match: m)
      if context.insideDate(dateRanges) || context.followsAge { continue }
      guard let found = classify(context) else { continue }
      figures.append(
        Figure(
          text: ns.substring(with: found.range), span: doc.text.span(found.range), value: found.value,
          unit: found.unit, countsWhat: found.countsWhat, rule: found.rule))
    }
    return figures
  }

  private struct Found {
    var range: NSRange
    var value: Double
    var unit: Figure.Unit
    var countsWhat: String?
    var rule: String
  }

  private func classify(_ c: MatchContext) -> Found? {
    let m = c.match
    let whole = m.range
    let text = c.ns.substring(with: whole)
    if m.range(withName: "money").location != NSNotFound {
      guard let v = FigureNumber.value(of: text) else { return nil }
      let unit: Figure.Unit = text.hasPrefix("$") ? .usd : text.hasPrefix("€") ? .eur : .gbp
      return Found(range: whole, value: v, unit: unit, countsWhat: nil, rule: "figure.money")
    }
    if let n = c.group("pn") {
      guard let v = FigureNumber.value(of: n) else { return nil }
      return Found(range: whole, value: v, unit: .percent, countsWhat: nil, rule: "figure.percent")
    }
    if let n = c.group("rn"), let per = c.group("ru") {
      guard let v = FigureNumber.value(of: n) else { return nil }
      // Model has no rate unit; the period goes into countsWhat.
      return Found(range: whole, value: v, unit: .count, countsWhat: "times per \(per.lowercased())", rule: "figure.rate")
    }
    if let n = c.group("mn") {
      guard let v = FigureNumber.value(of: n) else { return nil }
      return Found(range: whole, value: v, unit: .count, countsWhat: "miles per hour", rule: "figure.speed")
    }
    if let n = c.group("dn"), let u = c.group("du") {
      if c.matchesAfter(FigurePatterns.durationSuffix) { return nil }
      guard let v = FigureNumber.value(of: n) else { return nil }
      return Found(range: whole, value: v, unit: Self.durationUnit(u), countsWhat: nil, rule: "figure.duration")
    }
    if m.range(withName: "roundclock").location != NSNotFound {
      return Found(range: whole, value: 24, unit: .hours, countsWhat: "hours a day, 7 days a week", rule: "figure.24-7")
    }
    if m.range(withName: "twice").location != NSNotFound {
      return Found(range: whole, value: 2, unit: .count, countsWhat: "times", rule: "figure.twice")
    }
    return count(c, text: text)
  }

  private func count(_ c: MatchContext, text: String) -> Found? {
    let whole = c.match.range
    guard let v = FigureNumber.value(of: text) else { return nil }
    let isDigits = text.first?.isNumber == true
    if isDigits {
      if c.matchesFrom(whole.location, FigurePatterns.clock) { return nil }
      if let title = c.captureBefore(FigurePatterns.titleBefore), !FigurePatterns.qualifiers.contains(title.lowercased()) {
        return nil
      }
      if ["999", "111", "101"].contains(text) { return nil }
    }
    if let prev = c.captureBefore(FigurePatterns.previousWord), FigurePatterns.labels.contains(prev.lowercased()) {
      return nil
    }
    if c.matchesAfter(FigurePatterns.bareCount) {
      return Found(range: whole, value: v, unit: .count, countsWhat: nil, rule: "figure.count.bare")
    }
    if FigurePatterns.yearLike.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil {
      return nil
    }
    let end = whole.location + whole.length
    if end < c.ns.length, c.ns.character(at: end) == 0x2D {  // "three-lane", "2-bedroom"
      guard let h = c.firstMatch(FigurePatterns.hyphenNoun, from: end) else { return nil }
      let noun = c.ns.substring(with: h.range(at: 1))
      if FigurePatterns.stopWords.contains(noun) || FigurePatterns.measures.contains(noun) { return nil }
      return Found(
        range: NSRange(location: whole.location, length: h.range.location + h.range.length - whole.location),
        value: v, unit: .count, countsWhat: noun, rule: "figure.count.compound")
    }
    if isDigits, c.matchesBefore(FigurePatterns.lineStart) { return nil }
    return nounPhrase(c, value: v)
  }

  /// A number followed by its counted noun: "1,400 leaders", "four other NHS Ambulance Trusts".
  private func nounPhrase(_ c: MatchContext, value v: Double) -> Found? {
    let whole = c.match.range
    var tokens: [(String, NSRange)] = []
    var pos = whole.location + whole.length
    while tokens.count < 4, let t = c.firstMatch(FigurePatterns.nounToken, from: pos) {
      let word = c.ns.substring(with: t.range(at: 1))
      let lower = word.lowercased()
      if FigurePatterns.stopWords.contains(lower) || FigurePatterns.measures.contains(lower) { break }
      tokens.append((word, t.range(at: 1)))
      pos = t.range.location + t.range.length
    }
    guard !tokens.isEmpty else { return nil }
    var head: Int?
    for (i, (w, _)) in tokens.enumerated() where Self.isPluralNoun(w, position: i) {
      head = i
      break
    }
    if head == nil, v == 1, c.ns.substring(with: whole) == "1", tokens[0].0.first?.isLowercase == true { head = 0 }
    guard let h = head else { return nil }
    if h > 0, tokens[0].0.first?.isLowercase == true, tokens[0].0.hasSuffix("ly") { return nil }
    let headRange = tokens[h].1
    var headEnd = headRange.location + headRange.length
    if tokens[h].0.lowercased() == "times", c.firstMatch(FigurePatterns.multiplier, from: headEnd) != nil { return nil }
    let phraseStart = tokens[0].1.location
    if let tail = c.firstMatch(FigurePatterns.nounTail, from: headEnd) { headEnd = tail.range.location + tail.range.length }
    return Found(
      range: NSRange(location: whole.location, length: headEnd - whole.location), value: v, unit: .count,
      countsWhat: c.ns.substring(with: NSRange(location: phraseStart, length: headEnd - phraseStart)),
      rule: "figure.count")
  }

  private static func isPluralNoun(_ w: String, position: Int) -> Bool {
    let lowerFirst = w.first?.isLowercase == true
    let titleCase = w.first?.isUppercase == true && w.dropFirst().allSatisfy { $0.isLowercase }
    guard lowerFirst || (position > 0 && titleCase) else { return false }
    let lower = w.lowercased()
    return (lower.hasSuffix("s") && !lower.hasSuffix("ss")) || FigurePatterns.irregularPlurals.contains(lower)
  }

  private static func durationUnit(_ word: String) -> Figure.Unit {
    switch word.lowercased() {
    case "hour", "hr": .hours
    case "day": .days
    case "week": .weeks
    case "month": .months
    case "minute", "min": .minutes
    default: .years
    }
  }
}
