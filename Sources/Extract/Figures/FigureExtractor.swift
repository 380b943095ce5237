import Foundation
import Model

/// Finds money amounts, counts, percentages and durations.
public struct FigureExtractor: Sendable {
  public init() {}

  public func extract(_ doc: ParsedDocument, dates: [DateMention]) -> [Figure] {
    []  // TODO(figures helper)
  }
}
