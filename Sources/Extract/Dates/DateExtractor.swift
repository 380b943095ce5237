import Foundation
import Model

/// Finds calendar expressions and normalises each to a closed range of days.
public struct DateExtractor: Sendable {
  public init() {}

  /// Every date expression in document order; relative ones are resolved against `anchor`.
  public func extract(_ doc: ParsedDocument, anchor: CalendarDay?) -> [DateMention] {
    []  // TODO(dates helper)
  }
}
