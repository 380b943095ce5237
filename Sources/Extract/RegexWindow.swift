import Foundation
import Model

extension NSRegularExpression {
  /// The first match inside `range` of `text`; expects a CF-backed string such as `DocumentText.nsString`.
  ///
  /// A CF-backed NSString goes to ICU as it is, without a copy, so matching a range of the whole document costs
  /// a third of matching a substring of it (measured 2.1 against 7.5 µs a sentence). The range's default bounds
  /// (anchoring, no look-behind past its start) give the same matches as the substring would.
  func firstMatch(in text: some UTF16Text, within range: NSRange) -> NSTextCheckingResult? {
    guard range.location >= 0, range.length >= 0, range.location + range.length <= text.length else { return nil }
    return firstMatch(in: text.nsString as String, range: range)
  }

  /// Every match inside `range` of `text`; see `firstMatch(in:within:)`.
  func matches(in text: some UTF16Text, within range: NSRange) -> [NSTextCheckingResult] {
    guard range.location >= 0, range.length >= 0, range.location + range.length <= text.length else { return [] }
    return matches(in: text.nsString as String, range: range)
  }
}
