import Foundation
import Model
import Testing

@testable import Ingest

/// Reading helpers shared by the HTML tests.
enum HTMLTestSupport {
  static func fixture(_ name: String) throws -> [UInt8] {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "html", subdirectory: "Fixtures/html"),
      "missing fixture \(name).html")
    return [UInt8](try Data(contentsOf: url))
  }

  static func read(_ html: String) throws -> ParsedDocument {
    try HTMLReader().read(Array(html.utf8), path: "test.html")
  }

  /// Each block as (kind, level, marker, text), for comparing with what a test expects.
  static func rows(_ doc: ParsedDocument) -> [Row] {
    doc.blocks.map { Row($0.kind, $0.level, $0.marker, doc.text(of: $0.span)) }
  }

  struct Row: Equatable, CustomStringConvertible {
    var kind: Block.Kind
    var level: Int?
    var marker: String?
    var text: String

    init(_ kind: Block.Kind, _ level: Int? = nil, _ marker: String? = nil, _ text: String) {
      self.kind = kind
      self.level = level
      self.marker = marker
      self.text = text
    }

    var description: String {
      "\(kind.rawValue)\(level.map { " \($0)" } ?? "")\(marker.map { " [\($0)]" } ?? ""): \(text)"
    }
  }

  /// Blocks are in order, do not overlap, and each span covers exactly its trimmed text.
  static func spansAreSound(_ doc: ParsedDocument) -> Bool {
    var previousEnd = -1
    for b in doc.blocks {
      guard b.span.start > previousEnd, b.span.end <= doc.text.scalarCount, b.span.start < b.span.end else {
        return false
      }
      let text = doc.text(of: b.span)
      if text != text.trimmingCharacters(in: .whitespacesAndNewlines) || text.contains("\n") { return false }
      previousEnd = b.span.end
    }
    return true
  }
}
