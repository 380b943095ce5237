import Foundation

/// A document's normalised text with fast conversion between UTF-16 offsets (what
/// `NSRegularExpression` reports) and Unicode-scalar offsets (what every `TextSpan` uses).
// @unchecked: the NSString is immutable and never exposed for mutation.
public struct DocumentText: @unchecked Sendable {
  public let string: String
  public let nsString: NSString
  /// The same text with A–Z lowered (offsets unchanged), for expressions written in lower case and compiled
  /// case-sensitively: see `String.asciiLowercased()`.
  public let lowered: NSString
  /// The UTF-16 code units, for loops over the whole text: `NSString.character(at:)` re-indexes the native
  /// string at every call on Linux.
  public let utf16: [UInt16]
  /// `utf16` with A–Z lowered: `lowered`'s units, for expressions matched on them directly.
  public let loweredUTF16: [UInt16]
  /// For each UTF-16 offset, the scalar offset; nil when the text is all in the BMP (they agree).
  private let utf16ToScalarMap: [Int32]?
  /// For each scalar offset, the UTF-16 offset; nil when they agree.
  private let scalarToUTF16Map: [Int32]?
  public let scalarCount: Int

  public init(_ string: String) {
    self.string = string
    // A CF-backed copy, not the bridged String: on Linux ICU regexes ran 2× faster and substrings 1.7× faster on it.
    self.nsString = NSMutableString(string: string)
    self.lowered = NSMutableString(string: string.asciiLowercased())
    self.utf16 = Array(string.utf16)
    self.loweredUTF16 = utf16.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    var hasAstral = false
    var scalars = 0
    for s in string.unicodeScalars {
      scalars += 1
      if s.value > 0xFFFF { hasAstral = true }
    }
    scalarCount = scalars
    if hasAstral {
      var u2s = [Int32]()
      var s2u = [Int32]()
      u2s.reserveCapacity(string.utf16.count + 1)
      s2u.reserveCapacity(scalars + 1)
      var u = 0
      for (i, s) in string.unicodeScalars.enumerated() {
        s2u.append(Int32(u))
        let width = s.value > 0xFFFF ? 2 : 1
        for _ in 0..<width { u2s.append(Int32(i)) }
        u += width
      }
      u2s.append(Int32(scalars))
      s2u.append(Int32(u))
      utf16ToScalarMap = u2s
      scalarToUTF16Map = s2u
    } else {
      utf16ToScalarMap = nil
      scalarToUTF16Map = nil
    }
  }

  public var utf16Count: Int { nsString.length }

  public func scalarOffset(utf16 offset: Int) -> Int {
    guard let map = utf16ToScalarMap else { return offset }
    return Int(map[max(0, min(offset, map.count - 1))])
  }

  public func utf16Offset(scalar offset: Int) -> Int {
    guard let map = scalarToUTF16Map else { return offset }
    return Int(map[max(0, min(offset, map.count - 1))])
  }

  /// The scalar span covering an `NSRange` of UTF-16 units.
  public func span(_ range: NSRange) -> TextSpan {
    TextSpan(scalarOffset(utf16: range.location), scalarOffset(utf16: range.location + range.length))
  }

  public func nsRange(_ span: TextSpan) -> NSRange {
    let s = utf16Offset(scalar: span.start)
    return NSRange(location: s, length: utf16Offset(scalar: span.end) - s)
  }

  private func onScalarBoundary(_ utf16: Int) -> Bool {
    guard let map = utf16ToScalarMap, utf16 > 0, utf16 < map.count - 1 else { return true }
    return map[utf16] != map[utf16 - 1]
  }

  /// The text at a span.
  public func slice(_ span: TextSpan) -> String {
    slice(nsRange(span))
  }

  /// The text at a UTF-16 range, cut from the native string: ~30× cheaper on Linux than `NSString.substring`,
  /// which transcodes through UTF-16.
  public func slice(_ range: NSRange) -> String {
    guard range.location >= 0, range.length >= 0, range.location + range.length <= utf16Count else {
      return nsString.substring(with: range)
    }
    // A range that splits a surrogate pair is cut as NSString would cut it.
    if utf16ToScalarMap != nil, !onScalarBoundary(range.location) || !onScalarBoundary(range.location + range.length) {
      return nsString.substring(with: range)
    }
    let a = String.Index(utf16Offset: range.location, in: string)
    let b = String.Index(utf16Offset: range.location + range.length, in: string)
    // Through the scalar view: String's own subscript would round to grapheme boundaries.
    return String(Substring(string.unicodeScalars[a..<b]))
  }
}
