import Foundation
import Model

/// An expression that starts with a word from a known list, tried only where such a word starts
/// (`WordStarts`), straight on the document's UTF-16 units (`ICURegex`). Same matches as a search of the range.
///
/// The verb-group expression (12 KB, 25 named groups) cost ~2,000 instructions a character when ICU tried it at
/// every letter. Tried at the few words that can begin it, and with no copy of the text, it costs a fraction.
/// (A first attempt without captures, then a second with them, no longer pays once attempts are anchored:
/// measured 0.6% slower on the verb groups, so there is one expression.)
struct WordLedRegex: Sendable {
  let expression: ICURegex
  /// Nil: tried everywhere, as an ordinary search.
  let starts: WordStarts?

  init(_ pattern: String, options: NSRegularExpression.Options = [], starts: WordStarts?) {
    // Constant patterns: a bad one is a programming error, caught by the tests.
    expression = try! ICURegex(pattern, options: options)
    self.starts = starts
  }

  /// What `expression.firstMatch(in: units, range: range)` would return; `index` describes the lowered `units`.
  func firstMatch(in units: [UInt16], index: WordIndex, within range: NSRange) -> ICUMatch? {
    guard let starts else { return expression.firstMatch(in: units, range: range) }
    let at = starts.starts(in: index, range: range)
    return at.isEmpty ? nil : expression.matches(at: at, in: units, within: range, firstOnly: true).first
  }

  /// What `expression.matches(in: units, range: range)` would return; `index` describes the lowered `units`.
  func matches(in units: [UInt16], index: WordIndex, within range: NSRange) -> [ICUMatch] {
    guard let starts else { return expression.matches(in: units, range: range) }
    let at = starts.starts(in: index, range: range)
    return at.isEmpty ? [] : expression.matches(at: at, in: units, within: range)
  }

  /// The first match in `range` of a document (through its index) or of any other text (its range lowered and
  /// scanned).
  func firstMatch(in text: some UTF16Text, within range: NSRange) -> ICUMatch? {
    if let doc = text as? DocumentText { return firstMatch(in: doc.utf16, index: doc.wordIndex, within: range) }
    let (units, base) = text.unitsForMatching(range)
    let local = NSRange(location: range.location - base, length: range.length)
    let lowered = units.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    return firstMatch(in: units, scanning: lowered, within: local)?.shifted(by: base)
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
