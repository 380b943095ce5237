/// The format a source file was read as.
public enum DocumentFormat: String, Hashable, Sendable, Codable {
  case text, html, pdf
}
