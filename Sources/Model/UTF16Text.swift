import Foundation

/// The `NSString` calls the extractors read text with. `DocumentText` answers them from its UTF-16 units and
/// native string: on Linux, `NSString.substring(with:)` transcodes unit by unit (~10,000 instructions a call).
public protocol UTF16Text {
  var length: Int { get }
  func character(at index: Int) -> unichar
  func substring(with range: NSRange) -> String
  /// The text as an `NSString`, for `NSRegularExpression`.
  var nsString: NSString { get }
  /// All the UTF-16 units, for loops over the whole text.
  var units: [UInt16] { get }
  /// Units holding `range`, and the offset of their first: the whole text when it is at hand, else a copy of the
  /// range alone.
  func unitsForMatching(_ range: NSRange) -> (units: [UInt16], base: Int)
}

extension NSString: UTF16Text {
  public var nsString: NSString { self }
  public var units: [UInt16] { unitsForMatching(NSRange(location: 0, length: length)).units }
  public func unitsForMatching(_ range: NSRange) -> (units: [UInt16], base: Int) {
    guard range.location >= 0, range.length >= 0, range.location + range.length <= length else { return ([], 0) }
    var buffer = [UInt16](repeating: 0, count: range.length)
    getCharacters(&buffer, range: range)
    return (buffer, range.location)
  }
}

extension DocumentText: UTF16Text {
  public var length: Int { utf16.count }
  public func character(at index: Int) -> unichar { utf16[index] }
  public func substring(with range: NSRange) -> String { slice(range) }
  public var units: [UInt16] { utf16 }
  public func unitsForMatching(_ range: NSRange) -> (units: [UInt16], base: Int) { (utf16, 0) }
}
