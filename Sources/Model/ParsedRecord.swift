/// One line of `pfd parse`: a document as the readers leave it, before any extraction.
public struct ParsedRecord: Hashable, Sendable, Codable {
  public static let schemaVersion = "pfd-tracker/parsed@1"

  public var schema: String
  public var source: String
  public var format: DocumentFormat
  /// The normalised text every span indexes, in Unicode scalars.
  public var text: String
  public var blocks: [Block]
  public var sentences: [Sentence]
  public var diagnostics: [Diagnostic]

  public init(
    source: String, format: DocumentFormat, text: String, blocks: [Block], sentences: [Sentence],
    diagnostics: [Diagnostic]
  ) {
    self.schema = ParsedRecord.schemaVersion
    self.source = source
    self.format = format
    self.text = text
    self.blocks = blocks
    self.sentences = sentences
    self.diagnostics = diagnostics
  }
}
