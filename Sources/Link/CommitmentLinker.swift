import Foundation
import Model
import Extract

/// Ties each commitment to its acting body, the concern it answers, its due date and a stable id.
public struct CommitmentLinker: Sendable {
  public init() {}

  public func link(
    _ commitments: [Commitment], in doc: ParsedDocument, documentID: String, author: String?,
    concerns: [Concern], dates: [DateMention], bodies: [BodyMention] = [], kind: DocumentKind = .other,
    documentDate: CalendarDay? = nil
  ) -> [Commitment] {
    let sections = ConcernSections(doc, concerns: concerns)
    // Press reports what others do: "we" and unnamed subjects are the body in the news, not the outlet.
    let actors = kind == .press ? bodies.filter { $0.name != author } : []
    let mostNamed = Dictionary(actors.map { ($0.name, 1) }, uniquingKeysWith: +).max { $0.value < $1.value }?.key
    var seen: [String: Int] = [:]
    return commitments.compactMap { c in
      var c = c
      // A subject the bodies registry does not know ("the Adult Social Care Team", "staff") is part of the
      // author, or no body at all: the author acts.
      if let named = c.bodySpan, !bodies.contains(where: { $0.span.overlaps(named) }) {
        c.body = nil
        c.bodySpan = nil
      }
      if c.body == nil, kind == .press {
        c.body = actors.last(where: { $0.span.end <= c.span.start || c.span.contains($0.span) })?.name ?? mostNamed
      }
      if c.body == nil { c.body = author }
      if c.concern == nil { c.concern = sections.concern(at: c.span, text: c.text) }
      if c.due == nil { c.due = DueDatePicker.pick(in: c.span, doc: doc, dates: dates) }
      // "The code was deployed in October 2019": an act years before the letter is history, not an answer to the
      // coroner (annotated past undertakings lie at most two calendar years before their document).
      if c.status == .done, let due = c.due, let date = documentDate, due.end.year < date.year - 2 { return nil }
      let key = StableID.normalise(c.text)
      let n = seen[key, default: 0]
      seen[key] = n + 1
      c.id = StableID.commitment(documentID: documentID, normalisedText: key, occurrence: n)
      return c
    }
  }
}
