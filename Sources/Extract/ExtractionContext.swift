import Model

/// What an extractor may know about a document beyond its text. Explicit, so tests can pin it.
public struct ExtractionContext: Sendable {
  /// The day relative expressions ("next month", "this spring") are anchored on; never the clock.
  public var anchor: CalendarDay?
  public var kind: DocumentKind
  /// Canonical name of the document's author, which "we" and "our" resolve to.
  public var author: String?

  public init(anchor: CalendarDay? = nil, kind: DocumentKind = .other, author: String? = nil) {
    self.anchor = anchor
    self.kind = kind
    self.author = author
  }
}
