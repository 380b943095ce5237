import Foundation

/// A document's normalised text with fast conversion between UTF-16 offsets (what
/// `NSRegularExpression` reports) and Unicode-scalar offsets (what every `TextSpan` uses).
// @unchecked: the NSString is immutable and never exposed for mutation.
public struct DocumentText: @unchecked Sendable {
  public let string: String
  /// A CF-backed copy, not the bridged String: on Linux ICU regexes ran 2× faster and substrings 1.7× faster on it.
  public var nsString: NSString { derived.nsString }
  /// The UTF-16 code units, for loops over the whole text: `NSString.character(at:)` re-indexes the native
  /// string at every call on Linux.
  public let utf16: [UInt16]
  /// `utf16` with A–Z lowered (offsets unchanged), for expressions written in lower case and matched
  /// case-sensitively: see `String.asciiLowercased()`.
  public var loweredUTF16: [UInt16] { derived.loweredUTF16 }
  /// Where words, numbers and other starts lie in `loweredUTF16`.
  public var wordIndex: WordIndex { derived.wordIndex }
  /// The forms only extraction reads, made on first use: `pfd parse` never needs them.
  private let derived: DerivedForms
  /// For each UTF-16 offset, the scalar offset; nil when the text is all in the BMP (they agree).
  private let utf16ToScalarMap: [Int32]?
  /// For each scalar offset, the UTF-16 offset; nil when they agree.
  private let scalarToUTF16Map: [Int32]?
  public let scalarCount: Int

  public init(_ string: String) {
    self.string = string
    var copy = string
    let (units, scalars, hasAstral) = copy.withUTF8(DocumentText.transcode)
    self.utf16 = units
    self.derived = DerivedForms(string, units)
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

  /// The UTF-16 units of valid UTF-8, its scalar count, and whether any scalar lies past the BMP, in one pass:
  /// `Array(string.utf16)` and a loop over the scalars took more than six times as long.
  private static func transcode(_ b: UnsafeBufferPointer<UInt8>) -> ([UInt16], Int, Bool) {
    var scalars = 0
    var hasAstral = false
    // Never more units than bytes: one to three bytes make one unit, four make two.
    let units = [UInt16](unsafeUninitializedCapacity: b.count) { out, initialized in
      var i = 0
      var o = 0
      let n = b.count
      while i < n {
        let x = UInt32(b[i])
        if x < 0x80 {
          // A run of ASCII, one unit per byte.
          var j = i
          repeat {
            out[o &+ (j &- i)] = UInt16(b[j])
            j &+= 1
          } while j < n && b[j] < 0x80
          scalars += j - i
          o += j - i
          i = j
          continue
        }
        scalars += 1
        if x < 0xE0 {
          out[o] = UInt16((x & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F))
          i += 2
          o += 1
        } else if x < 0xF0 {
          out[o] = UInt16((x & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F))
          i += 3
          o += 1
        } else {
          let v =
            (x & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
          out[o] = UInt16(0xD800 + ((v - 0x10000) >> 10))
          out[o + 1] = UInt16(0xDC00 + ((v - 0x10000) & 0x3FF))
          hasAstral = true
          i += 4
          o += 2
        }
      }
      initialized = o
    }
    return (units, scalars, hasAstral)
  }

  public var utf16Count: Int { utf16.count }

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
    let a = string.utf8.index(string.utf8.startIndex, offsetBy: utf8Offset(range.location))
    let b = string.utf8.index(string.utf8.startIndex, offsetBy: utf8Offset(range.location + range.length))
    // Through the scalar view: String's own subscript would round to grapheme boundaries.
    return String(Substring(string.unicodeScalars[a..<b]))
  }

  /// The UTF-8 offset of a UTF-16 offset on a scalar boundary: from the nearest mark, counting each unit's UTF-8
  /// width. `String.Index(utf16Offset:in:)` cost ~1,300 instructions a call on text with any non-ASCII.
  private func utf8Offset(_ u: Int) -> Int {
    if string.utf8.count == utf16.count { return u }
    let marks = derived.utf8Marks
    var o = Int(marks[u >> DerivedForms.markShift])
    var k = u & ~(1 << DerivedForms.markShift - 1)
    utf16.withUnsafeBufferPointer { p in
      while k < u {
        o += DocumentText.utf8Width(p[k])
        k += 1
      }
    }
    return o
  }

  /// UTF-8 bytes for a UTF-16 unit; each half of a surrogate pair counts two.
  fileprivate static func utf8Width(_ c: UInt16) -> Int {
    c < 0x80 ? 1 : c < 0x800 ? 2 : (c & 0xF800) == 0xD800 ? 2 : 3
  }
}

/// `DocumentText`'s copies for matching, each made once, on first use, under a lock.
private final class DerivedForms: @unchecked Sendable {
  private let string: String
  private let units: [UInt16]
  private let lock = NSLock()
  private var ns: NSString?
  private var lowUnits: [UInt16]?
  private var index: WordIndex?
  private var marks: [Int32]?

  init(_ string: String, _ units: [UInt16]) {
    self.string = string
    self.units = units
  }

  var nsString: NSString { cached(\.ns) { NSMutableString(string: string) } }

  var loweredUTF16: [UInt16] { cached(\.lowUnits) { units.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } } }

  /// Every 2^markShift-th UTF-16 unit's UTF-8 offset.
  static let markShift = 5
  var utf8Marks: [Int32] {
    cached(\.marks) {
      var marks = [Int32]()
      marks.reserveCapacity(units.count >> DerivedForms.markShift + 1)
      var o = 0
      for (k, c) in units.enumerated() {
        if k & (1 << DerivedForms.markShift - 1) == 0 { marks.append(Int32(o)) }
        o += DocumentText.utf8Width(c)
      }
      if units.count & (1 << DerivedForms.markShift - 1) == 0 { marks.append(Int32(o)) }
      return marks
    }
  }

  var wordIndex: WordIndex {
    let lowered = loweredUTF16
    return cached(\.index) { WordIndex(lowered: lowered) }
  }

  /// The value in `slot`, made by `make` the first time.
  private func cached<T>(_ slot: ReferenceWritableKeyPath<DerivedForms, T?>, _ make: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    if let value = self[keyPath: slot] { return value }
    let made = make()
    self[keyPath: slot] = made
    return made
  }
}
