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

  private static let metaCharset = try! NSRegularExpression(
    pattern: #"<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)"#, options: [.caseInsensitive])
  private static let xmlDeclaration = try! NSRegularExpression(
    pattern: #"^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:\-]+)"#, options: [.caseInsensitive])

  /// The charset named by `<meta charset>`, an http-equiv content type, or an XML declaration.
  static func declared(in bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(prescanLength).map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    let range = NSRange(location: 0, length: (head as NSString).length)
    for re in [xmlDeclaration, metaCharset] {
      if let m = re.firstMatch(in: head, range: range), m.range(at: 1).location != NSNotFound {
        return (head as NSString).substring(with: m.range(at: 1)).lowercased()
      }
    }
    return nil
  }

  private static let decodedHere: Set<String> = [
    "utf-8", "utf8", "unicode-1-1-utf-8", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
    "windows-1252", "cp1252", "x-cp1252", "us-ascii", "ascii", "ansi_x3.4-1968",
  ]

  static func prepare(_ bytes: [UInt8]) -> Prepared {
    let hasBOM =
      bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    let declared = hasBOM ? nil : HTMLCharset.declared(in: bytes)
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
