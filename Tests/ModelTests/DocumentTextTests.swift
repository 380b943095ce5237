import Foundation
import Model
import Testing

@Suite struct DocumentTextTests {
  @Test func scalarOffsetsSkipSurrogatePairs() {
    // "😀" is one scalar but two UTF-16 units: spans must count it once, as Python does.
    let t = DocumentText("a😀 £1.5 million")
    let r = (t.string as NSString).range(of: "£1.5 million")
    let span = t.span(r)
    #expect(span == TextSpan(3, 15))
    #expect(t.slice(span) == "£1.5 million")
    #expect(t.scalarCount == 15)
  }

  @Test func bmpTextNeedsNoMap() {
    let t = DocumentText("Ofsted’s response — 19 January 2024")
    let r = (t.string as NSString).range(of: "19 January 2024")
    #expect(t.span(r) == TextSpan(20, 35))
    #expect(t.slice(TextSpan(20, 35)) == "19 January 2024")
  }
}

@Suite struct DocumentTextUnitsTests {
  @Test func unitsAndScalarCountMatchTheString() {
    let texts = [
      "", "plain ASCII text long enough for runs", "Caf\u{E9} \u{2019}quoted\u{201D} \u{20AC}5", "\u{1F600}", "a\u{1F600}b\u{10FFFF}",
      "e\u{301} \u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}", String(repeating: "\u{2014}x\u{1F4A9}", count: 50),
    ]
    for s in texts {
      let t = DocumentText(s)
      #expect(t.utf16 == Array(s.utf16), "\(s.debugDescription)")
      #expect(t.scalarCount == s.unicodeScalars.count)
      #expect(t.utf16Count == t.utf16.count)
    }
  }
}

@Suite struct DocumentTextSliceTests {
  @Test func sliceMatchesNSStringEverywhere() {
    let t = DocumentText("Café e\u{301} 😀 “quoted” £1.5m – done.\nNext")
    let n = t.utf16Count
    for start in 0...n {
      for end in start...n {
        let r = NSRange(location: start, length: end - start)
        #expect(t.slice(r) == t.nsString.substring(with: r), "\(r)")
      }
    }
  }

  /// Slices are cut at UTF-8 offsets counted from marks every 32 units: a long mixed text crosses many of them.
  @Test func longMixedTextSlicesMatchNSString() {
    let t = DocumentText(String(repeating: "Naïve 😀 plan – £3m “by” 2025; ", count: 12) + "end")
    let n = t.utf16Count
    #expect(n > 300)
    for start in 0...n {
      for length in [0, 1, 2, 7, 31, 32, 33, 65, 200] where start + length <= n {
        let r = NSRange(location: start, length: length)
        #expect(t.slice(r) == t.nsString.substring(with: r), "\(r)")
      }
    }
  }
}
