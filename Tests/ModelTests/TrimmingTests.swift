import Model
import Testing

@Suite struct TrimmingTests {
  @Test func trimsEveryKindOfSpace() {
    #expect("  Matter of concern 1 \t".trimmingWhitespace() == "Matter of concern 1")
    #expect("\u{00A0}\u{2003}£1.5 million\u{202F}\n".trimmingWhitespace() == "£1.5 million")
    #expect(" \n\t ".trimmingWhitespace() == "")
    #expect("".trimmingWhitespace() == "")
    #expect("a  b"[...].trimmingWhitespace() == "a  b")
  }
}
