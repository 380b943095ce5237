/// Ids that survive reruns: FNV-1a 64 over the document id and the normalised text.
public enum StableID {
  /// Lower-cased letters and digits separated by single spaces, so spacing and quotes don't matter.
  public static func normalise(_ text: String) -> String {
    var out = [UInt8]()
    out.reserveCapacity(text.utf8.count)
    var space = false
    func keep(_ byte: UInt8) {
      if space, !out.isEmpty { out.append(0x20) }
      space = false
      out.append(byte)
    }
    // ASCII is handled on its byte; other scalars through their full lower-case mapping, as `lowercased()` does.
    for u in text.unicodeScalars {
      if u.value < 0x80 {
        let c = UInt8(u.value)
        let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
        if (lower >= 0x61 && lower <= 0x7A) || (c >= 0x30 && c <= 0x39) { keep(lower) } else { space = true }
        continue
      }
      for m in u.properties.lowercaseMapping.unicodeScalars {
        if m.properties.isAlphabetic || ("0"..."9").contains(m) {
          var first = true
          for byte in UTF8.encode(m)! {
            if first { keep(byte); first = false } else { out.append(byte) }
          }
        } else {
          space = true
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  public static func commitment(documentID: String, normalisedText: String, occurrence: Int) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in "\(documentID)\u{0}\(normalisedText)\u{0}\(occurrence)".utf8 {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    let hex = String(h, radix: 16)
    return "c-" + String(repeating: "0", count: 16 - hex.count) + hex
  }
}
