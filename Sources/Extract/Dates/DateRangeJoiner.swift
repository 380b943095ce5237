import Foundation
import Model

/// Joins two neighbouring dates that make one period: "between January and March 2024",
/// "the period 31 December 2022 to 1 January 2023", "2024 and 2025" after "throughout",
/// "spring/ summer 2025".
enum DateRangeJoiner {
  static let between = WordLedRegex(#"\b(?i:between)\s+"#, starts: WordStarts(prefixes: ["between"], nonASCII: true))
  static let period = WordLedRegex(
    #"\b(?i:the\s+period)(?:\s+(?i:from|between|of))?\s+"#, starts: WordStarts(words: ["period"], nonASCII: true, leads: ["the"]))
  static let span = WordLedRegex(
    #"\b(?i:throughout|during|over|across)\s+"#,
    starts: WordStarts(prefixes: ["throughout", "during", "over", "across"], nonASCII: true))
  static let andGap = try! NSRegularExpression(pattern: #"^\s+(?i:and)\s+$"#)
  static let toGap = try! NSRegularExpression(pattern: #"^\s*(?:(?i:to|until|till|and)|[-–])\s*$"#)
  static let slashGap = try! NSRegularExpression(pattern: #"^\s*/\s*$"#)

  static func join(_ candidates: [DateCandidate], in doc: DocumentText) -> [DateCandidate] {
    let text = doc
    let betweenEnds = ends(of: between, in: doc)
    let periodEnds = ends(of: period, in: doc)
    let spanEnds = ends(of: span, in: doc)
    var out: [DateCandidate] = []
    var i = 0
    while i < candidates.count {
      let a = candidates[i]
      guard i + 1 < candidates.count else { out.append(a); break }
      let b = candidates[i + 1]
      // Cut only when a test needs it: the gap between two dates can be most of the document.
      lazy var gap = text.substring(with: NSRange(location: a.end, length: max(0, b.range.location - a.end)))
      var joined: DateCandidate?
      if let s = betweenEnds[a.range.location], matches(andGap, gap) {
        joined = merge(a, b, from: s, rule: "between")
      } else if let s = periodEnds[a.range.location], matches(toGap, gap) {
        joined = merge(a, b, from: s, rule: "period")
      } else if spanEnds[a.range.location] != nil, a.rule == "year", b.rule == "year", matches(andGap, gap) {
        joined = merge(a, b, from: a.range.location, rule: "year-range")
      } else if a.rule == "season" || b.rule == "season", matches(slashGap, gap) {
        joined = merge(a, b, from: a.range.location, rule: "slash")
      }
      if let joined {
        out.append(joined)
        i += 2
      } else {
        out.append(a)
        i += 1
      }
    }
    return out
  }

  static func merge(_ a: DateCandidate, _ b: DateCandidate, from start: Int, rule: String) -> DateCandidate {
    let range = NSRange(location: start, length: b.end - start)
    // The first part takes the second's year when it has none: "between January and March 2024".
    let bYear = b.explicitYear
    return DateCandidate(range: range, rule: rule, explicitYear: a.explicitYear ?? b.explicitYear) { ctx in
      guard let vb = b.resolve(ctx) else { return nil }
      var actx = ctx
      if a.explicitYear == nil { actx.hintYear = bYear ?? vb.start.year }
      guard let va = a.resolve(actx) else { return nil }
      var v = va.union(vb)
      if rule == "slash", va.granularity == vb.granularity { v.granularity = va.granularity }
      return v
    }
  }

  static func ends(of regex: WordLedRegex, in doc: DocumentText) -> [Int: Int] {
    var out: [Int: Int] = [:]
    for m in regex.matches(in: doc.utf16, index: doc.wordIndex, within: NSRange(location: 0, length: doc.utf16.count)) {
      out[m.range.location + m.range.length] = m.range.location
    }
    return out
  }

  static func matches(_ regex: NSRegularExpression, _ s: String) -> Bool {
    regex.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
  }
}
