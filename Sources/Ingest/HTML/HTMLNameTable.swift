/// Maps an element name, attribute name or class word, as bytes, to a code, matching as `lowercased()` and
/// String equality would, without making a String per node.
struct HTMLNameTable<Code: Sendable>: Sendable {
  // ASCII names (all libxml2's HTML parser produces) are lowered and packed into two words for an open-addressed
  // table; any other name falls back to a String dictionary.
  private static var slotBits: Int { 9 }
  /// Two words per slot (the name's first and second eight bytes); an empty slot is all zero.
  private let keys: [UInt64]
  private let codes: [Code?]
  private let byName: [String: Code]

  /// `entries` are lower-case ASCII names of 1–16 bytes.
  init(_ entries: [(String, Code)]) {
    let slots = 1 << HTMLNameTable.slotBits
    precondition(entries.count < slots / 2)
    var keys = [UInt64](repeating: 0, count: 2 * slots)
    var codes = [Code?](repeating: nil, count: slots)
    var byName: [String: Code] = [:]
    for (name, code) in entries {
      let bytes = Array(name.utf8)
      precondition(!bytes.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) }, "not lower-case ASCII: \(name)")
      guard let (lo, hi) = bytes.withUnsafeBufferPointer({ HTMLNameTable.pack($0) }) else {
        preconditionFailure("not 1–16 bytes: \(name)")
      }
      byName[name] = code
      var slot = HTMLNameTable.slot(lo, hi)
      while keys[2 * slot] != 0 { slot = (slot + 1) & (slots - 1) }
      keys[2 * slot] = lo
      keys[2 * slot + 1] = hi
      codes[slot] = code
    }
    self.keys = keys
    self.codes = codes
    self.byName = byName
  }

  /// The code for a name, matched as `name.lowercased()` would be; nil for a name not in the table.
  func lookup(_ name: UnsafeBufferPointer<UInt8>) -> Code? {
    guard let (lo, hi) = HTMLNameTable.pack(name) else {
      if name.contains(where: { $0 >= 0x80 }) {
        return byName[String(decoding: name, as: UTF8.self).lowercased()]
      }
      return nil  // empty, or longer than any name in the table
    }
    let mask = (1 << HTMLNameTable.slotBits) - 1
    var slot = HTMLNameTable.slot(lo, hi)
    while true {
      let k = keys[2 * slot]
      if k == 0 { return nil }
      if k == lo, keys[2 * slot + 1] == hi { return codes[slot] }
      slot = (slot + 1) & mask
    }
  }

  /// The name's bytes, A–Z lowered, in two little-endian words; nil unless it is 1–16 ASCII bytes.
  private static func pack(_ name: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
    guard !name.isEmpty, name.count <= 16 else { return nil }
    var lo: UInt64 = 0
    var hi: UInt64 = 0
    for i in 0..<name.count {
      var b = name[i]
      if b >= 0x80 || b == 0 { return nil }
      if b >= 0x41, b <= 0x5A { b |= 0x20 }
      if i < 8 {
        lo |= UInt64(b) << (8 * UInt64(i))
      } else {
        hi |= UInt64(b) << (8 * UInt64(i - 8))
      }
    }
    return (lo, hi)
  }

  private static func slot(_ lo: UInt64, _ hi: UInt64) -> Int {
    let h = (lo &* 0x9E37_79B9_7F4A_7C15) ^ (hi &* 0xC2B2_AE3D_27D4_EB4F)
    return Int(truncatingIfNeeded: h >> UInt64(64 - slotBits))
  }
}

extension HTMLNameTable where Code: RawRepresentable & CaseIterable, Code.RawValue == String {
  /// A table of an enumeration's cases by raw value.
  init(excluding excluded: [Code] = []) {
    self.init(Code.allCases.filter { c in !excluded.contains { $0.rawValue == c.rawValue } }.map { ($0.rawValue, $0) })
  }
}
