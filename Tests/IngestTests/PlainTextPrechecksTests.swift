import Foundation
import Testing

@testable import Ingest

/// The byte-level line splitter and the cheap tests that let an expression be skipped: each must agree with what
/// it stands in for on every line of the corpus (and the dev set when it is there) and on made-up cases.
@Suite struct PlainTextPrechecksTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let madeUp = [
    "Page 3 of 12", "page 4", "- 7 -", "— 12 —", "3/14", "١٢", "Contents ........ 4", "1. Introduction\t3",
    "Summary … 5", "Concern 1: staffing", "THE CORONER’S CONCERNS", "Matters of concern", "recommendation 3",
    "4 March 2024", "March 4, 2024", "4th March 2024\n", "Ｐage 5", "ṗage 2", "Section 2", "part three",
  ]

  func texts() throws -> [String] {
    var out: [String] = []
    for folder in ["corpus", "../shared/devset/docs"] {
      let dir = Self.root.appendingPathComponent(folder)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
      for n in names.sorted() where n.hasSuffix(".txt") {
        out.append(try String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8))
      }
    }
    return out
  }

  /// The splitter as it was written first, scalar by scalar.
  static func referenceLines(_ s: String) -> [String] {
    var out: [String] = []
    var current = String.UnicodeScalarView()
    var previousCR = false
    for u in s.unicodeScalars {
      switch u {
      case "\r":
        out.append(String(current))
        current = .init()
        previousCR = true
        continue
      case "\n":
        if !previousCR { out.append(String(current)); current = .init() }
      case "\u{0C}":
        out.append(String(current))
        out.append("\u{0C}")
        current = .init()
      default:
        current.append(u)
      }
      previousCR = false
    }
    out.append(String(current))
    return out
  }

  @Test func linesSplitAsScalarByScalar() throws {
    let cases = ["", "a", "a\n", "\n\n", "a\r\nb", "a\r\r\nb", "a\rb\n\nc", "é\u{0C}ü\r\n\u{0C}", "x\n\r", "😀\r"]
    for s in cases + (try texts()) {
      #expect(PlainTextReader.lines(s) == Self.referenceLines(s), "\(s.prefix(40).debugDescription)")
    }
  }

  @Test func everyLineAnExpressionMatchesPassesItsCheck() throws {
    var lines = Self.madeUp
    for t in try texts() { lines += PlainTextReader.lines(t).map { $0.trimmingWhitespace() } }
    var matched = 0
    for line in lines where !line.isEmpty {
      let full = NSRange(location: 0, length: (line as NSString).length)
      func hits(_ re: NSRegularExpression) -> Bool { re.firstMatch(in: line, range: full) != nil }
      if hits(PlainTextReader.pageNumber) {
        matched += 1
        #expect(PlainTextReader.mayBePageNumber(line), "\(line)")
      }
      if hits(PlainTextReader.contentsLine) { #expect(PlainTextReader.mayBeContentsLine(line), "\(line)") }
      if hits(HeadingRule.numberedSection) {
        matched += 1
        #expect(HeadingRule.mayBeSection(line), "\(line)")
      }
      if hits(ListMarker.pattern) || hits(ListMarker.doubleMarker) {
        matched += 1
        #expect(ListMarker.mayHaveMarker(line), "\(line)")
      }
      if hits(HeadingRule.dateOnly) {
        matched += 1
        #expect(HeadingRule.mayBeDate(line), "\(line)")
      }
    }
    #expect(matched >= 10)
    // And the checks do turn lines away.
    #expect(!PlainTextReader.mayBePageNumber("The Department will act"))
    #expect(!HeadingRule.mayBeSection("Dear Coroner"))
    #expect(!HeadingRule.mayBeDate("Yours sincerely"))
    #expect(!ListMarker.mayHaveMarker("The Department will act."))
  }

  /// The byte word count stands in for `split(separator: " ")`.
  @Test func wordCountsAgreeWithASplitOnSpaces() throws {
    var lines = Self.madeUp + ["", " ", "  a  b ", "a\tb c", "e\u{301} x", " \u{301}a b", "one two three"]
    for text in try texts() { lines += PlainTextReader.lines(text) }
    #expect(lines.count > 1000)
    for line in lines { #expect(HeadingRule.wordCount(line) == line.split(separator: " ").count, "\(line)") }
  }
}
