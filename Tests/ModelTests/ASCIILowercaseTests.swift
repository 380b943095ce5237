import Foundation
import Model
import Testing

@Suite struct ASCIILowercaseTests {
  @Test func onlyAToZChangeSoOffsetsStillAgree() {
    let text = "İSTANBUL, ÉCOLE and the NHS’s 😀 Plan: WILL Review"
    let lowered = text.asciiLowercased()
    #expect(lowered == "İstanbul, École and the nhs’s 😀 plan: will review")
    #expect(Array(lowered.utf16).count == Array(text.utf16).count)
    #expect(text.lowercased().utf16.count != text.utf16.count)  // why Foundation's lowercasing would not do
    #expect("already lower".asciiLowercased() == "already lower")
  }

  @Test func documentTextKeepsItsCopiesInStep() {
    let t = DocumentText("We WILL act — “now”. 😀 Done.")
    #expect(t.loweredUTF16 == Array("we will act — “now”. 😀 done.".utf16))
    #expect(t.loweredUTF16.count == t.nsString.length)
    #expect(t.utf16 == Array(t.string.utf16))
  }
}
