/// A recoverable problem found while processing a document, kept in its record.
public struct Diagnostic: Hashable, Sendable, Codable {
  public enum Severity: String, Hashable, Sendable, Codable { case info, warning, error }

  public var severity: Severity
  public var message: String
  public var span: TextSpan?

  public init(_ severity: Severity, _ message: String, span: TextSpan? = nil) {
    self.severity = severity
    self.message = message
    self.span = span
  }
}
