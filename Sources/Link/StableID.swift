/// Ids that survive reruns: FNV-1a 64 over the document id and the normalised text.
public enum StableID {
  /// Lower-cased letters and digits separated by single spaces, so spacing and quotes don't matter.
  public static func normalise(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var space = false
    for u in text.lowercased().unicodeScalars {
      if u.properties.isAlphabetic || ("0"..."9").contains(u) {
        if space, !out.isEmpty { out.append(" ") }
        space = false
        out.append(u)
      } else {
        space = true
      }
    }
    return String(out)
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
