import Foundation
import Testing

@testable import Ingest

/// The declared charset is found as the HTML prescan expressions find it, and UTF-8 passes through untouched.
struct HTMLCharsetTests {
  /// What `declared(in:)` scans for, run through NSRegularExpression as the reference.
  private static let expressions = [
    #"^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:\-]+)"#,
    #"<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)"#,
  ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

  private static func byExpressions(_ bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(HTMLCharset.prescanLength).map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    let range = NSRange(location: 0, length: (head as NSString).length)
    for re in expressions {
      if let m = re.firstMatch(in: head, range: range), m.range(at: 1).location != NSNotFound {
        return (head as NSString).substring(with: m.range(at: 1)).lowercased()
      }
    }
    return nil
  }

  @Test(arguments: [
    #"<meta charset="UTF-8">"#, "<META CHARSET=iso-8859-1>", #"<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">"#,
    "<meta charset = ' koi8-r '>", "<meta charset=\"\">", "<meta charset=>x", "<meta> charset=latin1", "<metadata charset=x>",
    "<meta xcharset=latin1>", "<meta_x charset=x>", "<meta a=1 <meta charset=two>", "<meta\tcharset\u{0B}=\u{0C}'x'>",
    #"<?xml version="1.0" encoding="ISO-8859-2"?><meta charset="utf-8">"#, "  \n<?XML encoding='A' encoding=\"B\"?>",
    "<?xml encoding=C?><meta charset=d>", "x<?xml encoding='e'?>", "<?xml version='1.0'?><html><meta charset=caf\u{E9}>",
    "<meta charset=utf-8", "<meta", "", "<meta charset=\u{00A0}utf-8>",
  ])
  func declarationsAreFoundAsTheExpressionsFindThem(_ head: String) {
    #expect(HTMLCharset.declared(in: Array(head.utf8)) == HTMLCharsetTests.byExpressions(Array(head.utf8)))
  }

  @Test func generatedHeadsAgreeWithTheExpressions() {
    let pieces = [
      "<meta", "<META", "<Meta", "<?xml", "charset", "CharSet", "encoding", "ENCODING", "=", " ", "\t", "\u{0B}", "\n",
      "\"", "'", ">", "<", "utf-8", "latin1", "_", "x", "-", ".", ":", "é", "1", "?", "/",
    ]
    var rng = SeededGenerator(seed: 28)
    var mismatches: [String] = []
    for _ in 0..<5000 {
      let head = (0..<Int.random(in: 1...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      let bytes = Array(head.utf8)
      if HTMLCharset.declared(in: bytes) != HTMLCharsetTests.byExpressions(bytes) { mismatches.append(head) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func fixturesAgreeWithTheExpressions() throws {
    for name in ["article", "letter", "misdeclared-1252"] {
      let bytes = try HTMLTestSupport.fixture(name)
      #expect(HTMLCharset.declared(in: bytes) == HTMLCharsetTests.byExpressions(bytes), "\(name)")
    }
  }

  @Test func validUTF8PassesThroughWhateverThePageDeclares() {
    let bytes = Array("<meta charset='iso-8859-1'><p>Caf\u{E9} \u{2019}</p>".utf8)
    let prepared = HTMLCharset.prepare(bytes)
    #expect(prepared.bytes == bytes)
    #expect(prepared.encoding == "UTF-8" && prepared.declared == "iso-8859-1")
    #expect(prepared.replaced == 0 && prepared.note == nil)
  }

  @Test func windows1252BytesAreDecodedHere() {
    let bytes = Array("<meta charset='iso-8859-1'><p>".utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]
    #expect(HTMLCharset.prepare(bytes).bytes == Array("<meta charset='iso-8859-1'><p>\u{201C}Caf\u{E9}\u{201D}".utf8))
  }
}
