import Testing

@testable import Ingest

/// Names are found from bytes exactly as lower-casing them and comparing Strings would find them.
struct HTMLNameTableTests {
  private func tag(_ name: String) -> HTMLTag? {
    Array(name.utf8).withUnsafeBufferPointer { HTMLTag.names.lookup($0) }
  }

  @Test func everyElementNameIsFoundInAnyCase() {
    for t in HTMLTag.allCases where t != .text && t != .unknown {
      #expect(tag(t.rawValue) == t)
      #expect(tag(t.rawValue.uppercased()) == t)
    }
  }

  @Test func otherNamesAreNotFound() {
    for name in ["", "#text", "#unknown", "custom-element", "h7", "blockquotes", "abcdefghijklmnopq", "divv", "bodY2"] {
      #expect(tag(name) == nil, "\(name)")
    }
  }

  @Test func nonASCIINamesFallBackToStringLowering() {
    // U+212A KELVIN SIGN lower-cases to "k", so String comparison after `lowercased()` finds <kbd>.
    #expect(tag("\u{212A}BD") == .kbd)
    #expect(tag("d\u{130}v") == nil)
  }

  @Test func attributeNamesIncludeHyphenatedOnes() {
    let names = ["ARIA-Hidden", "data-component", "DATA-MODULE", "class", "DateTime"]
    let found = names.map { n in Array(n.utf8).withUnsafeBufferPointer { HTMLAttributeName.names.lookup($0) } }
    #expect(found == [.ariaHidden, .dataComponent, .dataModule, .class, .datetime])
  }
}
