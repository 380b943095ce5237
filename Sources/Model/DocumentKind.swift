/// What a document is: a coroner's report, a body's response to one, press coverage, or other.
public enum DocumentKind: String, Hashable, Sendable, Codable {
  case pfdReport = "pfd_report", response, press, other
}
