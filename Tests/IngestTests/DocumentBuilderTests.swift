import Foundation
import Model
import Testing

@testable import Ingest

/// White space is collapsed and invisible characters dropped the same way from bytes as scalar by scalar.
struct DocumentBuilderTests {
  /// The rule as it reads scalar by scalar: the reference the byte loop must match.
  private static func collapsed(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for s in text.unicodeScalars {
      switch s.value {
      case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2028, 0x2029, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
        pendingSpace = !out.isEmpty
      case 0x00...0x08, 0x0E...0x1F, 0x7F, 0xAD, 0x200B...0x200D, 0xFEFF:
        continue
      default:
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(s)
      }
    }
    return String(out)
  }

  @Test func bytesCollapseAsScalarsWould() {
    let pieces = [
      "a", "Zo", "word.", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2009}", "\u{200A}", "\u{2028}",
      "\u{202F}", "\u{205F}", "\u{3000}", "\u{1680}", "\u{85}", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{AD}", "\u{200B}",
      "\u{200D}", "\u{200E}", "\u{FEFF}", "\u{E9}", "e\u{301}", "\u{2019}", "\u{20AC}", "\u{1F600}", "~", "!",
    ]
    var rng = SeededGenerator(seed: 6)
    for _ in 0..<3000 {
      let blocks = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
        (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      }
      var fromStrings = DocumentBuilder()
      var fromBytes = DocumentBuilder()
      for b in blocks {
        fromStrings.append(.paragraph, text: b)
        fromBytes.append(.paragraph, utf8: Array(b.utf8))
      }
      let expected = blocks.map(DocumentBuilderTests.collapsed).filter { !$0.isEmpty }
      for builder in [fromStrings, fromBytes] {
        let doc = builder.build(format: .html)
        #expect(doc.text.string == expected.joined(separator: "\n"), "\(blocks)")
        #expect(doc.blocks.map { doc.text(of: $0.span) } == expected)
      }
    }
  }

  @Test func markersAreTrimmedAndEmptyOnesDropped() {
    var builder = DocumentBuilder()
    builder.append(.listItem, level: 1, marker: " 1. ", text: "First")
    builder.append(.listItem, level: 1, marker: "\u{2022}", text: "Second")
    builder.append(.listItem, level: 1, marker: " \u{A0}", text: "Third")
    builder.append(.listItem, level: 1, marker: "", text: "Fourth")
    #expect(builder.blocks.map(\.marker) == ["1.", "\u{2022}", nil, nil])
  }

  @Test func longTextsGrowTheStorage() {
    var builder = DocumentBuilder()
    let paragraph = String(repeating: "The trust\u{2019}s  review\u{A0}is complete. ", count: 400)
    for _ in 0..<10 { builder.append(.paragraph, utf8: Array(paragraph.utf8)) }
    let doc = builder.build(format: .html)
    let one = DocumentBuilderTests.collapsed(paragraph)
    #expect(doc.text.string == Array(repeating: one, count: 10).joined(separator: "\n"))
    #expect(doc.blocks.last?.span.end == doc.text.scalarCount)
  }
}
