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
}
