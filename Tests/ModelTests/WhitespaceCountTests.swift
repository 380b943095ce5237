import Model
import Testing

@Suite struct WhitespaceCountTests {
  @Test func agreesWithTheUnicodePropertyForEveryScalar() {
    var wrong: [UInt32] = []
    for v in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(v) else { continue }
      let expected = scalar.properties.isWhitespace ? 0 : 1
      if String(Character(scalar)).nonWhitespaceScalarCount != expected { wrong.append(v) }
    }
    #expect(wrong.isEmpty, "scalars counted wrongly: \(wrong.prefix(10).map { String($0, radix: 16) })")
  }

  @Test func countsMixedText() {
    let text = "Ofsted\u{00A0}will — from 1\u{2009}April —\r\n\tpublish “its” report 😀\u{3000}!"
    #expect(text.nonWhitespaceScalarCount == text.unicodeScalars.filter { !$0.properties.isWhitespace }.count)
    #expect("".nonWhitespaceScalarCount == 0)
    #expect(" \n\t ".nonWhitespaceScalarCount == 0)
  }

  @Test func countsEveryASCIIByteInsideLongRuns() {
    // Runs of eight ASCII bytes are counted a word at a time: try every byte at every offset of such runs.
    var wrong: [String] = []
    for v in UInt8(0)..<0x80 {
      for position in 0..<18 {
        var bytes = Array("Ofsted will\u{A0}act now".utf8)
        bytes[position < 11 ? position : position + 2] = v
        let text = String(decoding: bytes, as: UTF8.self)
        if text.nonWhitespaceScalarCount != text.unicodeScalars.filter({ !$0.properties.isWhitespace }).count {
          wrong.append(text.debugDescription)
        }
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5))")
  }
}
