/// Everything pfd-tracker knows about one document: written as `output/documents/<id>.json`.
public struct DocumentRecord: Hashable, Sendable, Codable {
  public static let schemaVersion = "pfd-tracker/document@1"

  public var schema: String
  public var document: DocumentInfo
  public var blocks: [Block]
  public var sentences: [Sentence]
  public var concerns: [Concern]
  public var commitments: [Commitment]
  public var dates: [DateMention]
  public var figures: [Figure]
  public var bodies: [BodyMention]
  public var diagnostics: [Diagnostic]

  public init(
    document: DocumentInfo, blocks: [Block] = [], sentences: [Sentence] = [],
    concerns: [Concern] = [], commitments: [Commitment] = [], dates: [DateMention] = [],
    figures: [Figure] = [], bodies: [BodyMention] = [], diagnostics: [Diagnostic] = []
  ) {
    self.schema = DocumentRecord.schemaVersion
    self.document = document
    self.blocks = blocks
    self.sentences = sentences
    self.concerns = concerns
    self.commitments = commitments
    self.dates = dates
    self.figures = figures
    self.bodies = bodies
    self.diagnostics = diagnostics
  }
}
