/// The output of ingest: normalised text with its blocks, sentences and metadata hints.
public struct ParsedDocument: Sendable {
  public var text: DocumentText
  public var format: DocumentFormat
  public var blocks: [Block]
  public var sentences: [Sentence]
  public var diagnostics: [Diagnostic]
  /// Hints the reader found in the markup (an HTML `<title>`, `og:site_name`, `article:published_time`).
  public var hints: MetadataHints

  public init(
    text: DocumentText, format: DocumentFormat, blocks: [Block], sentences: [Sentence] = [],
    diagnostics: [Diagnostic] = [], hints: MetadataHints = MetadataHints()
  ) {
    self.text = text
    self.format = format
    self.blocks = blocks
    self.sentences = sentences
    self.diagnostics = diagnostics
    self.hints = hints
  }

  public func text(of span: TextSpan) -> String { text.slice(span) }
}

/// Metadata a reader found outside the body text.
public struct MetadataHints: Hashable, Sendable {
  public var title: String?
  public var publisher: String?
  public var published: CalendarDay?

  public init(title: String? = nil, publisher: String? = nil, published: CalendarDay? = nil) {
    self.title = title
    self.publisher = publisher
    self.published = published
  }
}
