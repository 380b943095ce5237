import Foundation

/// The `NSString` calls the extractors read text with. `DocumentText` answers them from its UTF-16 units and
/// native string: on Linux, `NSString.substring(with:)` transcodes unit by unit (~10,000 instructions a call).
public protocol UTF16Text {
  var length: Int { get }
  func character(at index: Int) -> unichar
  func substring(with range: NSRange) -> String
  /// The text as an `NSString`, for `NSRegularExpression`.
  var nsString: NSString { get }
}

extension NSString: UTF16Text {
  public var nsString: NSString { self }
}

extension DocumentText: UTF16Text {
  public var length: Int { utf16.count }
  public func character(at index: Int) -> unichar { utf16[index] }
  public func substring(with range: NSRange) -> String { slice(range) }
}
