import Foundation
import Model

/// Finds the coroner's numbered matters of concern, in a report or restated in a response.
public struct ConcernExtractor: Sendable {
  public init() {}

  public func extract(_ doc: ParsedDocument, kind: DocumentKind) -> [Concern] {
    // A report is known by its own "CORONER'S CONCERNS" section, whatever the classifier said,
    // unless the document is known to be someone else's letter or article quoting it.
    if kind == .pfdReport || kind == .other, let found = ReportConcernReader().read(doc) {
      return found
    }
    return RestatedConcernReader().read(doc)
  }
}
