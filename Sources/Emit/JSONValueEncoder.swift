/// The `Encoder` for one value `JSONWriter` is writing. There is one per nesting level, reused from value to value,
/// so a value costs no allocation unless it opens a keyed container (the standard library boxes those). Its `var`s
/// skip the runtime's exclusivity checks for the reason given on `JSONWriter`.
final class JSONValueEncoder: Encoder {
  enum Kind { case none, keyed, unkeyed, single }
  /// A key's first eight bytes, where it starts and ends in the output, quotes included, and if it was escaped,
  /// where it is in `escapedKeys`, else -1.
  typealias Entry = (prefix: UInt64, start: Int, end: Int, escaped: Int)

  let writer: JSONWriter
  let level: Int
  @exclusivity(unchecked) private(set) var key: (any CodingKey)?
  /// Indentation of the value's closing bracket.
  @exclusivity(unchecked) private(set) var depth = 0
  /// Changes when the encoder is reused or its value closed, so a container kept past its value is caught.
  @exclusivity(unchecked) var generation = 0
  @exclusivity(unchecked) var kind = Kind.none
  /// Entries or elements written so far.
  @exclusivity(unchecked) var count = 0
  /// The keyed container's entries in the order written.
  @exclusivity(unchecked) var keys: [Entry] = []
  @exclusivity(unchecked) var escapedKeys: [String] = []

  init(writer: JSONWriter, level: Int) {
    self.writer = writer
    self.level = level
  }

  func reset(key: (any CodingKey)?, depth: Int) {
    self.key = key
    self.depth = depth
    generation &+= 1
    kind = .none
    count = 0
    keys.removeAll(keepingCapacity: true)
    if !escapedKeys.isEmpty { escapedKeys.removeAll() }
  }

  var codingPath: [any CodingKey] { writer.codingPath(to: level) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    writer.open(.keyed, in: self)
    return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, generation: generation))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    writer.open(.unkeyed, in: self)
    return JSONUnkeyedContainer(encoder: self, generation: generation)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    JSONSingleValueContainer(encoder: self, generation: generation)
  }
}

/// An array element's key in coding paths, named as JSONEncoder names it.
private struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { "Index \(intValue!)" }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.intValue = intValue }
}

/// The key JSONEncoder files a keyed container's `superEncoder()` under.
private struct SuperKey: CodingKey {
  var stringValue: String { "super" }
  var intValue: Int? { nil }
  init() {}
  init?(stringValue: String) { nil }
  init?(intValue: Int) { nil }
}

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: JSONValueEncoder
  let generation: Int

  var codingPath: [any CodingKey] { encoder.codingPath }
  private var writer: JSONWriter { encoder.writer }

  private func key(_ key: Key) throws { try writer.key(key.stringValue, in: encoder, generation) }

  func encodeNil(forKey key: Key) throws { try self.key(key); writer.null() }
  func encode(_ value: Bool, forKey key: Key) throws { try self.key(key); writer.bool(value) }
  func encode(_ value: String, forKey key: Key) throws { try self.key(key); writer.string(value) }
  func encode(_ value: Double, forKey key: Key) throws {
    try self.key(key)
    try writer.number(value, in: encoder, key: key)
  }
  func encode(_ value: Float, forKey key: Key) throws {
    try self.key(key)
    try writer.number(value, in: encoder, key: key)
  }
  func encode(_ value: Int, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: Int8, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: Int16, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: Int32, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: Int64, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: UInt, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: UInt8, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: UInt16, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: UInt32, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode(_ value: UInt64, forKey key: Key) throws { try self.key(key); writer.integer(value) }
  func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try self.key(key)
    try writer.encode(value, key: key, depth: encoder.depth + 1)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    try? self.key(key)
    let nested = writer.nested(.keyed, in: encoder, key: key)
    return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: nested, generation: nested.generation))
  }

  func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    try? self.key(key)
    let nested = writer.nested(.unkeyed, in: encoder, key: key)
    return JSONUnkeyedContainer(encoder: nested, generation: nested.generation)
  }

  func superEncoder() -> any Encoder { writer.refuseSuperEncoder(in: encoder, key: SuperKey()) }
  func superEncoder(forKey key: Key) -> any Encoder { writer.refuseSuperEncoder(in: encoder, key: key) }
}

private struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
  let encoder: JSONValueEncoder
  let generation: Int

  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { encoder.count }
  private var writer: JSONWriter { encoder.writer }

  private func element() throws { try writer.element(in: encoder, generation) }

  func encodeNil() throws { try element(); writer.null() }
  func encode(_ value: Bool) throws { try element(); writer.bool(value) }
  func encode(_ value: String) throws { try element(); writer.string(value) }
  func encode(_ value: Double) throws {
    try element()
    try writer.number(value, in: encoder, key: IndexKey(count - 1))
  }
  func encode(_ value: Float) throws {
    try element()
    try writer.number(value, in: encoder, key: IndexKey(count - 1))
  }
  func encode(_ value: Int) throws { try element(); writer.integer(value) }
  func encode(_ value: Int8) throws { try element(); writer.integer(value) }
  func encode(_ value: Int16) throws { try element(); writer.integer(value) }
  func encode(_ value: Int32) throws { try element(); writer.integer(value) }
  func encode(_ value: Int64) throws { try element(); writer.integer(value) }
  func encode(_ value: UInt) throws { try element(); writer.integer(value) }
  func encode(_ value: UInt8) throws { try element(); writer.integer(value) }
  func encode(_ value: UInt16) throws { try element(); writer.integer(value) }
  func encode(_ value: UInt32) throws { try element(); writer.integer(value) }
  func encode(_ value: UInt64) throws { try element(); writer.integer(value) }
  func encode<T: Encodable>(_ value: T) throws {
    try element()
    try writer.encode(value, key: IndexKey(count - 1), depth: encoder.depth + 1)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    try? element()
    let nested = writer.nested(.keyed, in: encoder, key: IndexKey(count - 1))
    return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: nested, generation: nested.generation))
  }

  func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    try? element()
    let nested = writer.nested(.unkeyed, in: encoder, key: IndexKey(count - 1))
    return JSONUnkeyedContainer(encoder: nested, generation: nested.generation)
  }

  func superEncoder() -> any Encoder { writer.refuseSuperEncoder(in: encoder, key: IndexKey(count)) }
}

private struct JSONSingleValueContainer: SingleValueEncodingContainer {
  let encoder: JSONValueEncoder
  let generation: Int

  var codingPath: [any CodingKey] { encoder.codingPath }
  private var writer: JSONWriter { encoder.writer }

  private func single() throws { try writer.single(in: encoder, generation) }

  func encodeNil() throws { try single(); writer.null() }
  func encode(_ value: Bool) throws { try single(); writer.bool(value) }
  func encode(_ value: String) throws { try single(); writer.string(value) }
  func encode(_ value: Double) throws { try single(); try writer.number(value, in: encoder, key: nil) }
  func encode(_ value: Float) throws { try single(); try writer.number(value, in: encoder, key: nil) }
  func encode(_ value: Int) throws { try single(); writer.integer(value) }
  func encode(_ value: Int8) throws { try single(); writer.integer(value) }
  func encode(_ value: Int16) throws { try single(); writer.integer(value) }
  func encode(_ value: Int32) throws { try single(); writer.integer(value) }
  func encode(_ value: Int64) throws { try single(); writer.integer(value) }
  func encode(_ value: UInt) throws { try single(); writer.integer(value) }
  func encode(_ value: UInt8) throws { try single(); writer.integer(value) }
  func encode(_ value: UInt16) throws { try single(); writer.integer(value) }
  func encode(_ value: UInt32) throws { try single(); writer.integer(value) }
  func encode(_ value: UInt64) throws { try single(); writer.integer(value) }
  // The value's own encoder has this coding path and depth, as in JSONEncoder.
  func encode<T: Encodable>(_ value: T) throws {
    try single()
    try writer.encode(value, key: nil, depth: encoder.depth)
  }
}
