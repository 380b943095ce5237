/// A half-open range `[start, end)` of Unicode-scalar offsets into a document's normalised text.
///
/// Encoded in JSON as a two-element array, `[start, end]`, the way Python slices the text.
public struct TextSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "span start \(start) after end \(end)")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }
  public var description: String { "@\(start)-\(end)" }

  public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

  public static func < (a: TextSpan, b: TextSpan) -> Bool {
    a.start != b.start ? a.start < b.start : a.end < b.end
  }

  public init(from decoder: Decoder) throws {
    var c = try decoder.unkeyedContainer()
    let s = try c.decode(Int.self)
    let e = try c.decode(Int.self)
    guard s <= e else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: "span start after end")
    }
    self.init(s, e)
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.unkeyedContainer()
    try c.encode(start)
    try c.encode(end)
  }
}
