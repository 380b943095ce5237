import Testing

@testable import Model

@Suite struct WordIndexTests {
  @Test func runsDigitsApostrophesAndNonASCIIAreFoundInOnePass() {
    let units = Array("we'll add 12 items, 3rd time – café".utf16)
    let index = WordIndex(lowered: units)
    let runs = zip(index.runStarts, index.runEnds).map { String(decoding: units[Int($0)..<Int($1)], as: UTF16.self) }
    #expect(runs == ["we", "ll", "add", "items", "rd", "time", "caf"])
    // Keys by the first two letters ("w", "e" → 22 × 27 + 4); a one-letter run would take 26 as its second.
    let keys: [UInt16] = [598, 308, 3, 235, 462, 521, 54]
    #expect(index.runKeys == keys)
    let single: [UInt16] = [26, 53]
    #expect(WordIndex(lowered: Array("a b".utf16)).runKeys == single)
    #expect(index.digitStarts == [10, 20])
    #expect(index.apostrophes == [2])
    #expect(index.nonASCII.map { units[Int($0)] } == [0x2013, 0x00E9])
    #expect(WordIndex.lowerBound(index.runStarts, 4) == 2)
    #expect(WordIndex.lowerBound(index.runStarts, 1000) == index.runStarts.count)
  }
}
