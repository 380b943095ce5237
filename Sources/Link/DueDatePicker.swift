import Extract
import Foundation
import Model

/// Picks the date expression that is a commitment's deadline or start from the dates inside it.
public enum DueDatePicker {
  private static let governing = try! ICURegex(#"\b(?:by|before|until|till|in|during|from|since|starting|commencing|within|throughout|over|on|at|end\s+of|due|scheduled\s+for|takes\s+effect\s+(?:on|from))\s+(?:the\s+)?$"#,
    options: [.caseInsensitive])
  private static let reference = try! ICURegex(#"\b(?:dated|report\s+of|letter\s+of|email\s+of|inquest\s+(?:on|held\s+on)|died\s+on|death\s+on|born\s+on)\s+(?:the\s+)?$"#,
    options: [.caseInsensitive])

  public static func pick(in span: TextSpan, doc: ParsedDocument, dates: [DateMention]) -> Due? {
    let inside = dates.filter { span.contains($0.span) }
    guard !inside.isEmpty else { return nil }
    let ns = doc.text
    var fallback: DateMention?
    for d in inside {
      let r = doc.text.nsRange(d.span)
      let start = max(0, r.location - 40)
      let before = ns.substring(with: NSRange(location: start, length: r.location - start))
      let br = NSRange(location: 0, length: (before as NSString).length)
      if reference.firstMatch(in: before, range: br) != nil { continue }
      if governing.firstMatch(in: before, range: br) != nil { return due(d) }
      if fallback == nil { fallback = d }
    }
    return fallback.map(due)
  }

  private static func due(_ d: DateMention) -> Due { Due(text: d.text, span: d.span, start: d.start, end: d.end) }
}
