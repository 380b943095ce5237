import Extract
import Foundation
import Model

/// Which concern each part of a document answers, where the document says so: a heading such as
/// "Matter of concern 1" or "Coroner's concern number three", a restated concern, or a tag "(2a)".
public struct ConcernSections: Sendable {
  private static let heading = try! ICURegex(#"^(?:response\s+to\s+)?(?:the\s+)?(?:coroner['’]s\s+)?(?:matters?\s+of\s+concern|areas?\s+of\s+concern|concern|issue|point)\s*(?:number|no\.?|#)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"#,
    options: [.caseInsensitive])
  /// Headings that open a part of the document outside any concern ("Conclusion", "Refresher: What Ofsted has
  /// already done"), ending a concern section even under a concern heading.
  private static let closing = try! ICURegex(#"^(?:[^:]{1,30}:\s*)?(?:summary|executive\s+summary|conclusions?|in\s+conclusion|next\s+steps|background|introduction|refresher|annex|appendix|general|further\s+information|other\s+(?:matters|actions|issues|work)|what\s+.{1,40}\s+(?:has|have)\s+already\s+done)\b"#,
    options: [.caseInsensitive])
  private static let tag = try! ICURegex(#"\((?:concerns?\s+)?(\d{1,2})[a-z](?:\s*(?:,|and|&)\s*\d{1,2}[a-z]?)*\)"#, options: [.caseInsensitive])
  private static let words: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10,
  ]

  /// (start offset, concern number or nil) in document order: the concern in force from each point on.
  private var marks: [(Int, Int?)] = []

  public init(_ doc: ParsedDocument, concerns: [Concern]) {
    var marks: [(Int, Int?)] = []
    var restated = concerns.sorted { $0.span.start < $1.span.start }[...]
    var headingConcern = false
    for b in doc.blocks {
      while let c = restated.first, c.span.start < b.span.start {
        restated.removeFirst()
        if !headingConcern || marks.last?.1 != c.number { marks.append((c.span.start, c.number)) }
      }
      let text = doc.text(of: b.span)
      let number = ConcernSections.number(inHeading: text, marker: b.marker)
      if b.kind == .heading {
        if let n = number {
          marks.append((b.span.start, n))
          headingConcern = true
        } else if !headingConcern || ConcernSections.closing.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil {
          headingConcern = false
          // A heading after a restated list ends it; under a concern heading it is a subsection.
          marks.append((b.span.start, nil))
        }
      } else if let n = number, b.kind != .heading, text.count < 200 {
        marks.append((b.span.start, n))
        headingConcern = true
      }
    }
    // Restatements inside the last block (a letter transcribed as one paragraph) still open sections.
    for c in restated where !headingConcern || marks.last?.1 != c.number { marks.append((c.span.start, c.number)) }
    self.marks = marks.sorted { $0.0 < $1.0 }
  }

  static func number(inHeading text: String, marker: String?) -> Int? {
    let ns = text as NSString
    guard let m = heading.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
    let token = ns.substring(with: m.range(at: 1)).lowercased()
    return Int(token) ?? words[token]
  }

  /// The concern a span falls under, or nil.
  public func concern(at span: TextSpan, text: String) -> Int? {
    let ns = text as NSString
    if let m = ConcernSections.tag.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) {
      return Int(ns.substring(with: m.range(at: 1)))
    }
    var current: Int?
    for (start, n) in marks {
      if start > span.start { break }
      current = n
    }
    return current
  }
}
