import Foundation
import Ingest
import Model
import Testing

@Suite struct PlainTextReaderTests {
  func read(_ s: String) -> ParsedDocument { PlainTextReader().read(s, format: .text) }

  func texts(_ d: ParsedDocument) -> [String] { d.blocks.map { d.text(of: $0.span) } }

  @Test func headingsListsAndParagraphs() {
    let d = read("""
      RESPONSE TO REGULATION 28 REPORT

      Matter of concern 1

      We will review the guidance by March 2024.

      What we propose to do next:
      • publish a new policy;
      • train all inspectors.
      2. Second numbered point.
      (a) A lettered point.
      """)
    #expect(d.blocks.map(\.kind) == [.heading, .heading, .paragraph, .paragraph, .listItem, .listItem, .listItem, .listItem])
    #expect(d.blocks[0].level == 1)
    #expect(d.blocks.compactMap(\.marker) == ["•", "•", "2.", "(a)"])
    #expect(texts(d)[4] == "publish a new policy;")
    #expect(texts(d)[7] == "A lettered point.")
  }

  @Test func joinsHardWrapsAndRepairsHyphenation() {
    let d = read("""
      The Department has reviewed its regulatory approach to structural inter-
      vention in schools and will publish
      revised guidance shortly.
      """)
    #expect(texts(d) == ["The Department has reviewed its regulatory approach to structural intervention in schools and will publish revised guidance shortly."])
  }

  @Test func keepsAddressLinesApart() {
    let d = read("Heidi Connor\nSenior Coroner for the Coroner Area of Berkshire\nReading RG1 1QH\n\n19 January 2024\n")
    #expect(texts(d) == ["Heidi Connor", "Senior Coroner for the Coroner Area of Berkshire", "Reading RG1 1QH", "19 January 2024"])
    #expect(d.blocks.allSatisfy { $0.kind == .paragraph })
  }

  @Test func dropsPageFurniture() {
    let d = read("""
      Contents

      Introduction\t2
      Coroner’s concern number one.....\t6

      Introduction

      Page 2 of 9

      We accept the findings.

      12

      © Crown copyright 2024
      """)
    #expect(texts(d) == ["Contents", "Introduction", "We accept the findings."])
    #expect(d.diagnostics.contains { $0.message.contains("page furniture") })
  }

  @Test func spansSliceToBlockText() {
    let d = read("Café ☕ costs £3.\r\n\r\nNext 😀 paragraph.\r\n")
    #expect(texts(d) == ["Café ☕ costs £3.", "Next 😀 paragraph."])
    #expect(d.text.string == "Café ☕ costs £3.\nNext 😀 paragraph.")
    #expect(d.blocks[1].span == TextSpan(17, 34))
  }
}

@Suite struct BrokenParagraphTests {
  @Test func aParagraphCutByABlankLineIsRejoined() {
    let d = PlainTextReader().read("""
      We will be launching a call for evidence in the spring to build our knowledge base on where we need to consider

      further changes so that we can support school leaders.

      Short heading

      next line stays apart because the heading is short.
      """, format: .text)
    let texts = d.blocks.map { d.text(of: $0.span) }
    #expect(texts.first == "We will be launching a call for evidence in the spring to build our knowledge base on where we need to consider further changes so that we can support school leaders.")
    #expect(texts.count == 3)
  }
}
