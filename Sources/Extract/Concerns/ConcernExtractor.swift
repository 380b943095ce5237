import Foundation
import Model

/// Finds the coroner's numbered matters of concern, in a report or restated in a response.
public struct ConcernExtractor: Sendable {
  public init() {}

  public func extract(_ doc: ParsedDocument, kind: DocumentKind) -> [Concern] {
    []  // TODO(concerns helper)
  }
}
