/// One line of `output/index.json`: a document ingested, or a file that failed.
public struct IndexEntry: Hashable, Sendable, Codable {
  public enum Status: String, Hashable, Sendable, Codable { case ok, failed }

  public var id: String
  public var source: String
  public var sha256: String?
  public var format: DocumentFormat?
  public var status: Status
  public var reason: String?
  /// The pipeline version that wrote the record; a rerun skips files whose sha and version match.
  public var pipeline: String

  public init(
    id: String, source: String, sha256: String?, format: DocumentFormat?, status: Status,
    reason: String? = nil, pipeline: String
  ) {
    self.id = id
    self.source = source
    self.sha256 = sha256
    self.format = format
    self.status = status
    self.reason = reason
    self.pipeline = pipeline
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(source, forKey: .source)
    try c.encode(sha256, forKey: .sha256)
    try c.encode(format, forKey: .format)
    try c.encode(status, forKey: .status)
    try c.encode(reason, forKey: .reason)
    try c.encode(pipeline, forKey: .pipeline)
  }
}
