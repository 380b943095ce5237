import Foundation
import Model

/// Finds the actions a body says it has taken, is taking or will take.
public struct CommitmentExtractor: Sendable {
  public init() {}

  /// Commitments with text, span, status and strength; `body` only where a subject is named.
  public func extract(_ doc: ParsedDocument, context: ExtractionContext, bodies: [BodyMention]) -> [Commitment] {
    []  // TODO(commitments)
  }
}
