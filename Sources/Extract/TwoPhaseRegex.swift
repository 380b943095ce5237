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
    // A constant pattern that looks behind or refers back is a programming error, caught by the tests.
    guard let plain = Self.withoutNames(reader.pattern) else {
      preconditionFailure("TwoPhaseRegex: the pattern looks behind or refers back")
    }
    self.reader = reader
    self.finder = try! NSRegularExpression(pattern: plain, options: reader.options)
  }

  /// The pattern with each named group `(?<name>` made non-capturing; nil when it looks behind or refers back.
  /// A scan of the bytes: Foundation's regex replace on this 12 KB pattern cost 4 ms at every start.
  static func withoutNames(_ pattern: String) -> String? {
    let b = Array(pattern.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var i = 0
    while i < b.count {
      if b[i] == UInt8(ascii: "\\"), i + 1 < b.count {
        let next = b[i + 1]
        if (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(next) || next == UInt8(ascii: "k") { return nil }
        out += b[i...(i + 1)]
        i += 2
        continue
      }
      if b[i] == UInt8(ascii: "("), i + 3 < b.count, b[i + 1] == UInt8(ascii: "?"), b[i + 2] == UInt8(ascii: "<") {
        let c = b[i + 3]
        if c == UInt8(ascii: "=") || c == UInt8(ascii: "!") { return nil }
        if let close = b[(i + 3)...].firstIndex(of: UInt8(ascii: ">")) {
          out += Array("(?:".utf8)
          i = close + 1
          continue
        }
      }
      out.append(b[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
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
