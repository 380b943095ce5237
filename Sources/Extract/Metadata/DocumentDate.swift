import Foundation
import Model

/// Finds a document's own date: a letter's dateline, a report's "Date of report" or dated signature.
enum DocumentDate {
  private static let labelled = try! NSRegularExpression(
    pattern: #"^\s*(?:date\s+of\s+(?:this\s+)?report|date(?:d)?|signed|date\s+signed)\s*:?\s*$"#, options: [.caseInsensitive])

  static func find(_ doc: ParsedDocument, kind: DocumentKind, dates: [DateMention]) -> CalendarDay? {
    let dayDates = dates.filter { $0.granularity == .day && !$0.relative }
    guard !dayDates.isEmpty else { return nil }
    let ns = doc.text
    // "Date of report: 4 November 2024", "Dated: …": the label just before the date.
    for d in dayDates {
      let r = doc.text.nsRange(d.span)
      let start = max(0, r.location - 30)
      var before = ns.substring(with: NSRange(location: start, length: r.location - start))
      if let nl = before.lastIndex(of: "\n") { before = String(before[before.index(after: nl)...]) }
      if labelled.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length)) != nil {
        return d.start
      }
    }
    // A dateline: a block that is nothing but the date, among the opening or closing blocks.
    let blocks = doc.blocks
    let edge = Set(Array(blocks.indices.prefix(25)) + Array(blocks.indices.suffix(kind == .pfdReport ? 12 : 6)))
    for i in blocks.indices.sorted() where edge.contains(i) {
      let b = blocks[i]
      for d in dayDates where b.span.contains(d.span) && b.span.length - d.span.length <= 12 {
        return d.start
      }
    }
    return nil
  }
}
