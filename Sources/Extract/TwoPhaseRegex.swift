import Foundation

/// An expression with many capture groups, matched in two passes that give the same matches as one.
///
/// ICU copies every capture slot at each backtracking point, so the verb-group expression (25 named groups)
/// ran 1.8× slower than the same expression without them. The first pass finds where matches are with a copy
/// that captures nothing; the second reads each one, anchored at its start, with the groups. The expression
/// must not look behind (`(?<=`, `(?<!`) or refer back (`\1`, `\k<…>`): only `\b` may read the text before a
/// match, and the second pass shows it the 8 units before (within the searched range).
struct TwoPhaseRegex: @unchecked Sendable {
  let finder: NSRegularExpression
  let reader: NSRegularExpression

  init(_ reader: NSRegularExpression) {
    let pattern = reader.pattern
    // A constant pattern outside these bounds is a programming error, caught by the tests.
    precondition(
      pattern.range(of: #"\(\?<[=!]|\\[1-9]|\\k<"#, options: .regularExpression) == nil,
      "TwoPhaseRegex: the pattern looks behind or refers back")
    let plain = pattern.replacingOccurrences(of: #"\(\?<[A-Za-z][A-Za-z0-9]*>"#, with: "(?:", options: .regularExpression)
    self.reader = reader
    self.finder = try! NSRegularExpression(pattern: plain, options: reader.options)
  }

  /// What `reader.matches(in:within:)` would return.
  func matches(in text: NSString, within range: NSRange) -> [NSTextCheckingResult] {
    let end = range.location + range.length
    return finder.matches(in: text, within: range).compactMap { found in
      let from = max(range.location, found.range.location - 8)
      let window = text.substring(with: NSRange(location: from, length: end - from))
      let start = found.range.location - from
      let m = reader.firstMatch(
        in: window, options: [.anchored, .withTransparentBounds],
        range: NSRange(location: start, length: end - found.range.location))
      return m?.adjustingRanges(offset: from)
    }
  }
}
