import Foundation

extension NSRegularExpression {
  /// The first match inside `range` of `text`, copying only that window.
  ///
  /// On Linux each call with a whole document bridges it and copies all of it to UTF-16 before matching,
  /// so per-sentence calls on the document were quadratic. Matching the window alone keeps the default
  /// semantics of a range (anchoring bounds, no look-behind past its start).
  func firstMatch(in text: NSString, within range: NSRange) -> NSTextCheckingResult? {
    guard range.length > 0 || range.location <= text.length else { return nil }
    let window = text.substring(with: range)
    return firstMatch(in: window, range: NSRange(location: 0, length: range.length))?.adjustingRanges(offset: range.location)
  }

  /// Every match inside `range` of `text`, copying only that window.
  func matches(in text: NSString, within range: NSRange) -> [NSTextCheckingResult] {
    let window = text.substring(with: range)
    return matches(in: window, range: NSRange(location: 0, length: range.length)).map { $0.adjustingRanges(offset: range.location) }
  }
}
