import Foundation
import Model

/// An expression that starts with a word from a known list, tried only where such a word starts
/// (`WordStarts`), straight on the document's UTF-16 units (`ICURegex`). Same matches as a search of the range.
///
/// The verb-group expression (12 KB, 25 named groups) cost ~2,000 instructions a character when ICU tried it at
/// every letter. Tried at the few words that can begin it, and with no copy of the text, it costs a fraction.
/// With `twoPhase`, each start is first tried with a copy of the expression that captures nothing, and only a
/// match is read again with the groups: ICU copies every capture slot at each backtracking point, which made the
/// verb groups 1.8× slower. Such an expression must not refer back (`\1`, `\k<…>`).
struct WordLedRegex: Sendable {
  let reader: ICURegex
  let finder: ICURegex?
  /// Nil: tried everywhere, as an ordinary search.
  let starts: WordStarts?

  init(_ pattern: String, options: NSRegularExpression.Options = [], starts: WordStarts?, twoPhase: Bool = false) {
    // Constant patterns: a bad one is a programming error, caught by the tests.
    reader = try! ICURegex(pattern, options: options)
    if twoPhase {
      guard let plain = Self.withoutNames(pattern) else {
        preconditionFailure("WordLedRegex: the pattern looks behind or refers back")
      }
      finder = try! ICURegex(plain, options: options)
    } else {
      finder = nil
    }
    self.starts = starts
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

  /// What `reader.firstMatch(in: units, range: range)` would return; `index` describes the lowered `units`.
  func firstMatch(in units: [UInt16], index: WordIndex, within range: NSRange) -> ICUMatch? {
    guard let starts else { return reader.firstMatch(in: units, range: range) }
    for p in starts.starts(in: index, range: range) {
      if let m = (finder ?? reader).match(at: p, in: units, within: range) {
        return finder == nil ? m : reader.match(at: p, in: units, within: range)
      }
    }
    return nil
  }

  /// What `reader.matches(in: units, range: range)` would return; `index` describes the lowered `units`.
  func matches(in units: [UInt16], index: WordIndex, within range: NSRange) -> [ICUMatch] {
    guard let starts else { return reader.matches(in: units, range: range) }
    var out: [ICUMatch] = []
    var next = range.location
    for p in starts.starts(in: index, range: range) where p >= next {
      guard var m = (finder ?? reader).match(at: p, in: units, within: range) else { continue }
      if finder != nil {
        guard let full = reader.match(at: p, in: units, within: range) else { continue }
        m = full
      }
      out.append(m)
      next = m.range.location + max(m.range.length, 1)
    }
    return out
  }

  /// `matches(in:index:within:)` for a text without an index: `scanned` is the lowered text (`units` when nil).
  func matches(in units: [UInt16], scanning scanned: [UInt16]? = nil, within range: NSRange) -> [ICUMatch] {
    matches(in: units, index: WordIndex(lowered: scanned ?? units), within: range)
  }

  /// `firstMatch(in:index:within:)` for a text without an index.
  func firstMatch(in units: [UInt16], scanning scanned: [UInt16]? = nil, within range: NSRange) -> ICUMatch? {
    firstMatch(in: units, index: WordIndex(lowered: scanned ?? units), within: range)
  }
}
