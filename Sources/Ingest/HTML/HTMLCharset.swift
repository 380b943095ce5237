import Foundation

/// Finds the charset an HTML page declares and turns its bytes into UTF-8 for libxml2.
///
/// UTF-8, Latin-1 and Windows-1252 are decoded here rather than by libxml2, whose Latin-1 decoder
/// maps 0x80–0x9F to C1 controls instead of the curly quotes and dashes pages mean by them.
struct HTMLCharset {
  /// Bytes ready for libxml2, the encoding name to parse them with, and what happened on the way.
  struct Prepared {
    var bytes: [UInt8]
    var encoding: String
    var declared: String?
    var replaced: Int
    var note: String?
  }

  /// How far into the file a declaration is looked for; the HTML standard prescans 1024 bytes,
  /// but pages with long heads often declare later.
  static let prescanLength = 4096

  /// The charset named by an XML declaration, `<meta charset>` or an http-equiv content type, lower-cased.
  static func declared(in bytes: [UInt8]) -> String? {
    // The first `prescanLength` bytes, non-ASCII read as "?", are scanned for what these expressions match,
    // case-blind: `^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:\-]+)`, else
    // `<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)`. NSRegularExpression took as long over them
    // as decoding the whole page.
    let head = bytes.prefix(prescanLength).map { $0 < 0x80 ? $0 : 0x3F }
    return xmlEncoding(head) ?? metaCharset(head)
  }

  private static func xmlEncoding(_ h: [UInt8]) -> String? {
    var i = skipSpaces(h, 0)
    guard matches(h, i, "<?xml") else { return nil }
    i += 5
    var limit = i
    while limit < h.count, h[limit] != UInt8(ascii: ">") { limit += 1 }
    // `[^>]*` is greedy: the last "encoding" before the first ">" that completes the match wins.
    var p = limit
    while p >= i {
      if !isWord(h[p - 1]), matches(h, p, "encoding") {
        var q = skipSpaces(h, p + 8)
        if q < h.count, h[q] == UInt8(ascii: "=") {
          q = skipSpaces(h, q + 1)
          if q < h.count, h[q] == UInt8(ascii: "\"") || h[q] == UInt8(ascii: "'"), let value = value(h, q + 1) {
            return value
          }
        }
      }
      p -= 1
    }
    return nil
  }

  private static func metaCharset(_ h: [UInt8]) -> String? {
    var lt = 0
    while lt < h.count {
      defer { lt += 1 }
      guard h[lt] == UInt8(ascii: "<"), matches(h, lt, "<meta"), lt + 5 == h.count || !isWord(h[lt + 5]) else {
        continue
      }
      // `[^>]*?` is lazy: the first "charset" before the next ">" that completes the match wins.
      var p = lt + 5
      while p < h.count {
        if !isWord(h[p - 1]), matches(h, p, "charset") {
          var q = skipSpaces(h, p + 7)
          if q < h.count, h[q] == UInt8(ascii: "=") {
            q = skipSpaces(h, q + 1)
            if q < h.count, h[q] == UInt8(ascii: "\"") || h[q] == UInt8(ascii: "'") { q += 1 }
            if let value = value(h, skipSpaces(h, q)) { return value }
          }
        }
        if h[p] == UInt8(ascii: ">") { break }
        p += 1
      }
    }
    return nil
  }

  /// Whether `word` (lower-case ASCII) is at `i`, letters matched case-blind.
  private static func matches(_ h: [UInt8], _ i: Int, _ word: StaticString) -> Bool {
    let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard i + w.count <= h.count else { return false }
    for k in 0..<w.count where (h[i + k] >= 0x41 && h[i + k] <= 0x5A ? h[i + k] | 0x20 : h[i + k]) != w[k] {
      return false
    }
    return true
  }

  /// `\s` on ASCII.
  private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

  /// `\w` on ASCII, which decides where `\b` falls.
  private static func isWord(_ c: UInt8) -> Bool {
    (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "_")
  }

  private static func skipSpaces(_ h: [UInt8], _ i: Int) -> Int {
    var i = i
    while i < h.count, isSpace(h[i]) { i += 1 }
    return i
  }

  /// The run of `[A-Za-z0-9._:\-]` at `i`, lower-cased; nil when empty.
  private static func value(_ h: [UInt8], _ i: Int) -> String? {
    var e = i
    while e < h.count, isWord(h[e]) || h[e] == 0x2E || h[e] == 0x3A || h[e] == 0x2D { e += 1 }
    guard e > i else { return nil }
    return String(decoding: h[i..<e], as: UTF8.self).lowercased()
  }

  private static let decodedHere: Set<String> = [
    "utf-8", "utf8", "unicode-1-1-utf-8", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
    "windows-1252", "cp1252", "x-cp1252", "us-ascii", "ascii", "ansi_x3.4-1968",
  ]

  static func prepare(_ bytes: [UInt8]) -> Prepared {
    let hasBOM =
      bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    let declared = hasBOM ? nil : HTMLCharset.declared(in: bytes)
    // Valid UTF-8 without a BOM goes to libxml2 as it is, whatever the page declares: the rules below come to
    // the same bytes with no note, after copying them through a String twice.
    if !hasBOM, bytes.withUnsafeBufferPointer(HTMLTreeParser.isValidUTF8) {
      return Prepared(bytes: bytes, encoding: "UTF-8", declared: declared, replaced: 0, note: nil)
    }
    // Other declared charsets (ISO-8859-2, Shift_JIS, KOI8-R…) go to libxml2's iconv converters,
    // unless the bytes are valid UTF-8 anyway, which outranks a stale declaration.
    if let d = declared, !decodedHere.contains(d), !d.hasPrefix("utf-16"), HTMLTreeParser.knowsEncoding(d),
      String(validating: bytes, as: UTF8.self) == nil
    {
      return Prepared(bytes: bytes, encoding: d, declared: d, replaced: 0, note: nil)
    }
    let canonical = declared.map { ["iso-8859-1", "iso8859-1", "iso_8859-1", "l1", "latin-1"].contains($0) ? "latin1" : $0 }
    let result = TextDecoding.decode(bytes, declared: canonical)
    var note: String?
    if let d = declared, decodedHere.contains(d), !sameFamily(d, result.encoding) {
      note = "the page declares \(d) but its bytes are \(result.encoding); decoded as \(result.encoding)"
    } else if let d = declared, !decodedHere.contains(d) {
      note = "the page declares \(d), which pfd cannot convert; decoded as \(result.encoding)"
      if String(validating: bytes, as: UTF8.self) != nil { note = nil }
    }
    return Prepared(
      bytes: Array(result.string.utf8), encoding: "UTF-8", declared: declared, replaced: result.replaced, note: note)
  }

  private static func sameFamily(_ declared: String, _ decoded: String) -> Bool {
    let utf8 = ["utf-8", "utf8", "unicode-1-1-utf-8"]
    if utf8.contains(declared) { return decoded == "UTF-8" }
    // ASCII and Latin-1 pages decode identically as UTF-8 when they hold no high bytes.
    return true
  }
}
