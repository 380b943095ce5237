import Foundation
import Model
import Testing

@testable import Ingest

@Suite struct SentenceSplitterTests {
  func sentences(_ s: String) -> [String] {
    let d = PlainTextReader().read(s, format: .text)
    return d.sentences.map { d.text(of: $0.span) }
  }

  @Test func titlesAbbreviationsAndDecimalsDoNotSplit() {
    #expect(sentences("Dr. Smith met Mr. Jones at St. Mary's. The Rt Hon Gillian Keegan MP agreed.") == [
      "Dr. Smith met Mr. Jones at St. Mary's.", "The Rt Hon Gillian Keegan MP agreed.",
    ])
    #expect(sentences("We invested £1.5 million, e.g. in training. No. 5 was closed.") == [
      "We invested £1.5 million, e.g. in training.", "No. 5 was closed.",
    ])
    #expect(sentences("Coroner: A. Bhardwaj, coroner for the area. It was heard.") == [
      "Coroner: A. Bhardwaj, coroner for the area.", "It was heard.",
    ])
    // A bracket after the letter closes a label, not an initial.
    #expect(sentences("We will give more time to a good school (school A). As above, we will consult.") == [
      "We will give more time to a good school (school A).", "As above, we will consult.",
    ])
  }

  @Test func quotationsAndQuestions() {
    #expect(sentences("He said: “No one should feel as Ruth did.” Ofsted will act. Why? Because it must!") == [
      "He said: “No one should feel as Ruth did.”", "Ofsted will act.", "Why?", "Because it must!",
    ])
  }

  @Test func lowerCaseContinuationIsNotABoundary() {
    #expect(sentences("Training starts in Jan. and ends in March. We will report.") == [
      "Training starts in Jan. and ends in March.", "We will report.",
    ])
  }

  @Test func sentencesStayInsideTheirBlock() {
    let d = PlainTextReader().read("Heading Without Stop\n\nFirst sentence. Second one", format: .text)
    #expect(d.sentences.map(\.block) == [0, 1, 1])
    for s in d.sentences { #expect(d.blocks[s.block].span.contains(s.span)) }
  }

  @Test func asciiWordsAreJudgedAsTheUnicodeRulesJudgeThem() {
    let alphabet = Array("aAbBiIsSzZeEgG.'-)(]\"1904&/:;?!#@_~ ").map(String.init)
    var words = SentenceSplitter.abbreviations.flatMap { [$0, $0.uppercased(), $0.capitalized, "(" + $0, $0 + "."] }
    var rng = SeededGenerator(seed: 12)
    for _ in 0..<20000 {
      words.append((0..<Int.random(in: 1...9, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined())
    }
    for length in 1...2 {
      for first in 0x20..<0x7F {
        let word = length == 1 ? String(UnicodeScalar(UInt8(first))) : String(UnicodeScalar(UInt8(first))) + "Q"
        words.append(word)
      }
    }
    let wrong = words.filter {
      SentenceSplitter.wordEndsSentence(Array($0.utf16)) != SentenceSplitter.wordEndsSentence(unicode: $0)
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }
}
