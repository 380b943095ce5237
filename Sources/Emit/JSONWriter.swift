import Foundation

/// The bytes `JSONOutput` writes and the stack of values open while it writes them, one `JSONValueEncoder` each.
/// Values are written where they stand, with no tree in between; a keyed container's entries are put in key order
/// when it closes, by moving their bytes.
///
/// Stored properties are `@exclusivity(unchecked)`: the runtime checks on every access of a class's `var` cost more
/// than the writing itself, and the writer is used from one thread, with no overlapping accesses.
final class JSONWriter {
  let pretty: Bool
  let escapeSlashes: Bool
  /// The output, grown by hand: `Array.append` costs a uniqueness check per call, and calls are per byte or token.
  @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var count = 0
  @exclusivity(unchecked) private var capacity = 1 << 14
  /// Open values, outermost first, up to `top`; the encoders above it are kept for reuse.
  @exclusivity(unchecked) private var levels: [JSONValueEncoder] = []
  @exclusivity(unchecked) private var top = -1
  /// The first error met, kept so that the output fails even if a type's `encode(to:)` catches it and goes on
  /// (what is written by then is not whole), or if it came where nothing can be thrown (a container request).
  @exclusivity(unchecked) private var failure: (any Error)?
  /// A newline and the deepest indentation so far, written in part.
  @exclusivity(unchecked) private var spaces = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)

  init(pretty: Bool, escapeSlashes: Bool) {
    self.pretty = pretty
    self.escapeSlashes = escapeSlashes
    bytes = .allocate(capacity: capacity)
  }

  deinit {
    bytes.deallocate()
    spaces.deallocate()
  }

  var data: Data { Data(bytes: bytes, count: count) }

  func encodeRoot<T: Encodable>(_ value: T) throws {
    defer {
      levels.removeAll()  // the encoders hold the writer
      top = -1
    }
    try encode(value, key: nil, depth: 0)
    if let failure { throw failure }
  }

  /// Writes a value where the output stands: the caller has written its key or separator.
  func encode<T: Encodable>(_ value: T, key: (any CodingKey)?, depth: Int) throws {
    // JSONEncoder writes these its own way (base64, absolute strings, plain numbers) rather than through their
    // `encode(to:)`; no record of ours holds one, so they are refused rather than written differently.
    if T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
      throw EmitError.cannotEncode(
        path: path(to: top, then: key),
        reason: "JSONOutput does not write \(T.self) values; store it as a String or encode it with JSONEncoder")
    }
    let e = push(key: key, depth: depth)
    do {
      try value.encode(to: e)
    } catch {
      if failure == nil { failure = error }
      throw error
    }
    if let failure { throw failure }
    while top >= e.level {
      close(levels[top])
      top -= 1
    }
  }

  private func push(key: (any CodingKey)?, depth: Int) -> JSONValueEncoder {
    top += 1
    if top == levels.count { levels.append(JSONValueEncoder(writer: self, level: top)) }
    let e = levels[top]
    e.reset(key: key, depth: depth)
    return e
  }

  /// Makes `e` the value being written, closing any nested containers left open above it. Fails if `e` was
  /// closed already (its container was kept and used after the value was written).
  func enter(_ e: JSONValueEncoder, _ generation: Int) throws {
    guard e.level >= 0, e.level <= top, levels[e.level] === e, e.generation == generation else {
      throw fail(
        path(to: min(e.level, top)), "a container was used after its value was written; fix the type's encode(to:)")
    }
    while top > e.level {
      close(levels[top])
      top -= 1
    }
  }

  @discardableResult
  func fail(_ path: String, _ reason: String) -> any Error {
    if failure == nil { failure = EmitError.cannotEncode(path: path, reason: reason) }
    return failure!
  }

  // MARK: containers

  /// Opens `kind` on `e`; asking again for the same kind goes on with the container, as JSONEncoder does.
  func open(_ kind: JSONValueEncoder.Kind, in e: JSONValueEncoder) {
    guard (try? enter(e, e.generation)) != nil, e.kind != kind else { return }
    guard e.kind == .none else {
      fail(path(to: e.level), "asked for a second, different container for one value; fix the type's encode(to:)")
      return
    }
    e.kind = kind
    byte(kind == .keyed ? UInt8(ascii: "{") : UInt8(ascii: "["))
  }

  /// A nested container, opened at once on a value of its own.
  func nested(_ kind: JSONValueEncoder.Kind, in parent: JSONValueEncoder, key: any CodingKey) -> JSONValueEncoder {
    let e = push(key: key, depth: parent.depth + 1)
    open(kind, in: e)
    return e
  }

  /// JSONEncoder supports super encoders but no record of ours uses one: refused, with an encoder that writes nowhere.
  func refuseSuperEncoder(in e: JSONValueEncoder, key: any CodingKey) -> JSONValueEncoder {
    let reason = "JSONOutput does not support superEncoder(); encode the superclass's fields directly"
    fail(path(to: e.level, then: key), reason)
    return JSONValueEncoder(writer: self, level: -1)
  }

  func key(_ key: String, in e: JSONValueEncoder, _ generation: Int) throws {
    try enter(e, generation)
    if e.count > 0 { byte(UInt8(ascii: ",")) }
    e.count += 1
    newline(e.depth + 1)
    let start = count
    if string(key) {
      // Sorting compares the bytes written, which escaping reorders; keep such a key as given.
      var k = key
      let prefix = k.withUTF8 { Self.prefix($0) }
      e.keys.append((prefix, start, count, e.escapedKeys.count))
      e.escapedKeys.append(key)
    } else {
      let written = UnsafeBufferPointer(start: bytes + start + 1, count: count - start - 2)
      e.keys.append((Self.prefix(written), start, count, -1))
    }
    if pretty { put(" : ") } else { byte(UInt8(ascii: ":")) }
  }

  func element(in e: JSONValueEncoder, _ generation: Int) throws {
    try enter(e, generation)
    if e.count > 0 { byte(UInt8(ascii: ",")) }
    e.count += 1
    newline(e.depth + 1)
  }

  func single(in e: JSONValueEncoder, _ generation: Int) throws {
    try enter(e, generation)
    guard e.kind == .none else {
      throw fail(path(to: e.level), "encoded a second value into a single-value container; fix the type's encode(to:)")
    }
    e.kind = .single
  }

  private func close(_ e: JSONValueEncoder) {
    switch e.kind {
    case .single: break
    case .none:
      // JSONEncoder writes `{}` for a nested value that encodes nothing, and refuses one at the top.
      if e.level == 0 { fail("", "the value encoded nothing; give its encode(to:) at least a container") }
      byte(UInt8(ascii: "{"))
      end(e, UInt8(ascii: "}"))
    case .keyed:
      if e.count > 1 { sortEntries(e) }
      end(e, UInt8(ascii: "}"))
    case .unkeyed:
      end(e, UInt8(ascii: "]"))
    }
    e.generation &+= 1
  }

  /// Pretty-printed, an empty container still gets its own line: "[\n\n  ]", as JSONEncoder writes it.
  private func end(_ e: JSONValueEncoder, _ bracket: UInt8) {
    if e.count == 0, pretty { byte(0x0A) }
    if e.count > 0 || pretty { newline(e.depth) }
    byte(bracket)
  }

  /// Reorders the entries written so far by key, moving their bytes: every separator is the same, so only the
  /// entries move.
  private func sortEntries(_ e: JSONValueEncoder) {
    e.keys.withUnsafeBufferPointer { keys in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: keys.count) { order in
        var sorted = true
        for i in 0..<keys.count {
          var j = i
          var c = 1
          while j > 0 {
            c = compare(keys[i], keys[order[j - 1]], in: e)
            if c >= 0 { break }
            order[j] = order[j - 1]
            j -= 1
            sorted = false
          }
          order[j] = i
          if c == 0 {
            // JSONEncoder keeps the last value; no record of ours writes a key twice, so this is refused, not guessed.
            let path = path(to: e.level) + "." + key(keys[i], in: e)
            fail(path, "the key is written twice in one object; encode each key once")
            return
          }
        }
        if sorted { return }
        let separator = 1 + (pretty ? 1 + 2 * (e.depth + 1) : 0)
        let base = keys[0].start
        let total = count - base
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { moved in
          _ = moved.initialize(from: UnsafeBufferPointer(start: bytes + base, count: total))
          count = base
          for (n, i) in order.enumerated() {
            if n > 0 {
              byte(UInt8(ascii: ","))
              newline(e.depth + 1)
            }
            let end = i + 1 < keys.count ? keys[i + 1].start - base - separator : total
            append(UnsafeBufferPointer(rebasing: moved[keys[i].start - base..<end]))
          }
        }
      }
    }
  }

  /// JSONEncoder sorts keys by their UTF-8 bytes: "B" < "_x" < "a" < "a10" < "a2" < "é". Most comparisons end at the
  /// first eight bytes; the rest compare the bytes written, or for a key that was escaped, the key itself.
  private func compare(_ a: JSONValueEncoder.Entry, _ b: JSONValueEncoder.Entry, in e: JSONValueEncoder) -> Int {
    if a.prefix != b.prefix { return a.prefix < b.prefix ? -1 : 1 }
    if a.escaped < 0, b.escaped < 0 {
      let (x, y) = (a.end - a.start - 2, b.end - b.start - 2)
      let c = memcmp(bytes + a.start + 1, bytes + b.start + 1, min(x, y))
      return c != 0 ? Int(c) : x - y
    }
    let (x, y) = (key(a, in: e).utf8, key(b, in: e).utf8)
    return x.elementsEqual(y) ? 0 : x.lexicographicallyPrecedes(y) ? -1 : 1
  }

  private func key(_ entry: JSONValueEncoder.Entry, in e: JSONValueEncoder) -> String {
    if entry.escaped >= 0 { return e.escapedKeys[entry.escaped] }
    let written = UnsafeBufferPointer(start: bytes + entry.start + 1, count: entry.end - entry.start - 2)
    return String(decoding: written, as: UTF8.self)
  }

  /// The first eight bytes, big-endian, zero-padded: ordered as the bytes are, up to ties.
  private static func prefix(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var prefix: UInt64 = 0
    for i in 0..<min(8, utf8.count) { prefix |= UInt64(utf8[i]) << (56 - 8 * i) }
    return prefix
  }

  // MARK: scalars

  func null() { put("null") }

  func bool(_ b: Bool) { if b { put("true") } else { put("false") } }

  func integer<I: BinaryInteger>(_ value: I) {
    if value < 0 { byte(UInt8(ascii: "-")) }
    var v = UInt64(value.magnitude)
    reserve(20)
    var digits = 1
    var rest = v / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    count += digits
    for i in 1...digits {
      bytes[count - i] = 0x30 + UInt8(v % 10)
      v /= 10
    }
  }

  /// Swift's shortest round-tripping form, as JSONEncoder writes it: "1e-07", "1e+21", and no trailing ".0".
  func number<F: BinaryFloatingPoint & CustomStringConvertible>(
    _ value: F, in e: JSONValueEncoder, key: (any CodingKey)?
  ) throws {
    guard value.isFinite else {
      let reason = "\(value) has no JSON form (JSONEncoder refuses it too); check where it is computed"
      throw fail(path(to: e.level, then: key), reason)
    }
    var s = value.description
    s.withUTF8 { d in
      let whole = d.count > 2 && d[d.count - 2] == UInt8(ascii: ".") && d[d.count - 1] == UInt8(ascii: "0")
      append(whole ? UnsafeBufferPointer(rebasing: d.dropLast(2)) : d)
    }
  }

  /// Escapes `"`, `\` and U+0000–U+001F (short forms where JSON has them), and `/` only if asked; everything else,
  /// U+007F, U+2028 and non-ASCII included, is copied as UTF-8. Returns whether anything was escaped.
  @discardableResult
  func string(_ s: String) -> Bool {
    var s = s
    byte(UInt8(ascii: "\""))
    let escaped = s.withUTF8 { utf8 in
      var start = 0
      var i = 0
      while i < utf8.count {
        // Eight bytes at a time while none of them needs escaping, the usual case.
        if i + 8 <= utf8.count {
          let word = UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)
          if !needsEscape(word: word) {
            i += 8
            continue
          }
        }
        if needsEscape(utf8[i]) {
          append(UnsafeBufferPointer(rebasing: utf8[start..<i]))
          escape(utf8[i])
          start = i + 1
        }
        i += 1
      }
      append(UnsafeBufferPointer(rebasing: utf8[start...]))
      return start > 0
    }
    byte(UInt8(ascii: "\""))
    return escaped
  }

  @inline(__always)
  private func needsEscape(_ b: UInt8) -> Bool {
    b <= UInt8(ascii: "\\")
      && (b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || (b == UInt8(ascii: "/") && escapeSlashes))
  }

  /// Whether any of eight bytes needs escaping (bit tricks from "Bit Twiddling Hacks": some byte is zero, or below n,
  /// exactly when the expression keeps a high bit).
  private func needsEscape(word w: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    return (w &- ones &* 0x20) & ~w & highs != 0 || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C))
      || (escapeSlashes && hasZero(w ^ (ones &* 0x2F)))
  }

  private func escape(_ b: UInt8) {
    switch b {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
      byte(UInt8(ascii: "\\"))
      byte(b)
    case 0x08: put("\\b")
    case 0x09: put("\\t")
    case 0x0A: put("\\n")
    case 0x0C: put("\\f")
    case 0x0D: put("\\r")
    default:
      let hex: StaticString = "0123456789abcdef"
      put("\\u00")
      byte(hex.utf8Start[Int(b >> 4)])
      byte(hex.utf8Start[Int(b & 0xF)])
    }
  }

  // MARK: bytes

  private func newline(_ depth: Int) {
    guard pretty else { return }
    let n = 1 + 2 * depth
    if spaces.count < n + 8 {
      spaces.deallocate()
      spaces = .allocate(capacity: 2 * n + 8)
      spaces.initialize(repeating: UInt8(ascii: " "))
      spaces[0] = 0x0A
    }
    // Eight bytes at a time, from a buffer of our own that is long enough; what lands past the end is overwritten.
    reserve(n + 8)
    for i in stride(from: 0, to: n, by: 8) {
      let word = UnsafeRawPointer(spaces.baseAddress! + i).loadUnaligned(as: UInt64.self)
      UnsafeMutableRawPointer(bytes + count + i).storeBytes(of: word, as: UInt64.self)
    }
    count += n
  }

  func put(_ s: StaticString) { append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)) }

  @inline(__always)
  func byte(_ b: UInt8) {
    reserve(1)
    bytes[count] = b
    count += 1
  }

  @inline(__always)
  private func append(_ p: UnsafeBufferPointer<UInt8>) {
    reserve(p.count)
    // Most pieces are a few bytes, for which a call to memcpy costs more than the copy.
    if p.count <= 16 {
      for i in 0..<p.count { bytes[count + i] = p[i] }
    } else {
      (bytes + count).update(from: p.baseAddress!, count: p.count)
    }
    count += p.count
  }

  @inline(__always)
  private func reserve(_ n: Int) {
    if count + n > capacity { grow(n) }
  }

  private func grow(_ n: Int) {
    capacity = max(2 * capacity, count + n)
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    grown.update(from: bytes, count: count)
    bytes.deallocate()
    bytes = grown
  }

  // MARK: coding paths

  func codingPath(to level: Int) -> [any CodingKey] {
    levels.indices.contains(level) ? levels[...level].compactMap(\.key) : []
  }

  /// The coding path as errors print it, e.g. `figures[2].value`.
  func path(to level: Int, then last: (any CodingKey)? = nil) -> String {
    (codingPath(to: level) + (last.map { [$0] } ?? [])).reduce(into: "") { s, k in
      if let i = k.intValue, k.stringValue == "Index \(i)" {
        s += "[\(i)]"
      } else {
        s += (s.isEmpty ? "" : ".") + k.stringValue
      }
    }
  }
}
