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
}
