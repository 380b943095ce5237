import Foundation
import Model

/// Reads a document's title, kind, author, addressee, date and case signals from its text.
public struct MetadataExtractor: Sendable {
  public let registry: BodyRegistry

  public init(registry: BodyRegistry = .standard) { self.registry = registry }

  /// Metadata for a document; `fileName` is used only for the judiciary's naming of response files.
  public func extract(
    _ doc: ParsedDocument, fileName: String, dates: [DateMention], bodies: [BodyMention],
    caseContext: CaseContext = CaseContext()
  ) -> DocumentMetadata {
    let kind = KindClassifier.classify(doc, fileName: fileName)
    var meta = DocumentMetadata(title: title(doc), kind: kind)
    let signals = CaseSignalReader.read(doc, kind: kind, dates: dates)
    meta.caseSignals = signals.signals
    meta.date = DocumentDate.find(doc, kind: kind, dates: dates) ?? doc.hints.published
    switch kind {
    case .pfdReport:
      meta.author = signals.coronerOffice
      meta.caseSignals.reportDate = meta.caseSignals.reportDate ?? meta.date
    case .response, .other:
      meta.author = AuthorFinder(registry: registry).author(
        of: doc, fileName: fileName, bodies: bodies, reportAddressees: caseContext.addressees)
      meta.addressee = Addressee.find(doc)
    case .press:
      meta.author = doc.hints.publisher ?? PressOutlet.find(doc, bodies: bodies)
    }
    return meta
  }

  /// The HTML title, else the first heading in the opening blocks, else the first block.
  private func title(_ doc: ParsedDocument) -> String? {
    if let t = doc.hints.title, !t.isEmpty { return t }
    for b in doc.blocks.prefix(20) where b.kind == .heading {
      let t = doc.text(of: b.span)
      if t.count >= 8 { return t }
    }
    return doc.blocks.first.map { String(doc.text(of: $0.span).prefix(200)) }
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
