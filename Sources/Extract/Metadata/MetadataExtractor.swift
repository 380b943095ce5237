import Foundation
import Model

/// Reads a document's title, kind, author, addressee, date and case signals from its text.
public struct MetadataExtractor: Sendable {
  public let registry: BodyRegistry

  public init(registry: BodyRegistry = .standard) { self.registry = registry }

  /// Metadata for a document; `fileName` is used only for the conventions of published file names.
  public func extract(_ doc: ParsedDocument, fileName: String, dates: [DateMention], bodies: [BodyMention]) -> DocumentMetadata {
    DocumentMetadata(title: doc.hints.title)  // TODO(metadata)
  }
}

/// What `MetadataExtractor` finds.
public struct DocumentMetadata: Sendable, Hashable {
  public var title: String?
  public var kind: DocumentKind
  public var author: String?
  public var addressee: String?
  public var date: CalendarDay?
  public var caseSignals: CaseSignals

  public init(
    title: String? = nil, kind: DocumentKind = .other, author: String? = nil, addressee: String? = nil,
    date: CalendarDay? = nil, caseSignals: CaseSignals = CaseSignals()
  ) {
    self.title = title
    self.kind = kind
    self.author = author
    self.addressee = addressee
    self.date = date
    self.caseSignals = caseSignals
  }
}
