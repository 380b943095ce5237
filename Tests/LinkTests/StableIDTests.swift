import Link
import Testing

@Suite struct StableIDTests {
  @Test func idsIgnoreSpacingAndQuotesButNotWords() {
    let a = StableID.commitment(documentID: "d", normalisedText: StableID.normalise("We’ll  publish\nthe plan."), occurrence: 0)
    let b = StableID.commitment(documentID: "d", normalisedText: StableID.normalise("We'll publish the plan"), occurrence: 0)
    let c = StableID.commitment(documentID: "d", normalisedText: StableID.normalise("We'll publish the review"), occurrence: 0)
    #expect(a == b)
    #expect(a != c)
    #expect(a.hasPrefix("c-") && a.count == 18)
    #expect(a != StableID.commitment(documentID: "d", normalisedText: StableID.normalise("We'll publish the plan"), occurrence: 1))
  }

  /// The scalar-by-scalar rule the byte path must agree with.
  private func reference(_ text: String) -> String {
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

  @Test func normaliseLowersNonASCIIAsLowercasedDoes() {
    let texts = [
      "We’ll  publish\nthe plan.", "İSTANBUL Straße ΣΟΦΙΑ", "K\u{212A}elvin – 3½ £2m", "École 1ª ｆｕｌｌ-width ２０２５",
      "", "  ...  ", "a_b-c", "日本語 テキスト", "Ǆemal ǅ ǆ", "e\u{301}té 😀 ok",
    ]
    for t in texts { #expect(StableID.normalise(t) == reference(t), "\(t)") }
    // "İ" lowers to "i" and a combining dot, which is not a letter.
    #expect(StableID.normalise("İSTANBUL Straße") == "i stanbul straße")
  }
}
