import Extract
import Foundation
import Ingest
import Link
import Model

/// Runs the stages over one document:
/// 1. ingest (bytes → `ParsedDocument`), 2. extract (dates, bodies, metadata, figures, concerns,
/// commitments), 3. link (body, concern, due, id), giving the `DocumentRecord` that emit writes.
public struct DocumentProcessor: Sendable {
  /// The registry given, else the standard one, looked up only once a document has been read (it may still be
  /// loading on the warm-up thread).
  private let customRegistry: BodyRegistry?
  public var registry: BodyRegistry { customRegistry ?? .standard }
  public var ingester: Ingester

  public init(registry: BodyRegistry? = nil, ingester: Ingester = Ingester()) {
    self.customRegistry = registry
    self.ingester = ingester
  }

  /// Processes a source; `caseContext` holds what the batch knows of its case (an anchor for a document
  /// that prints no date, the report's addressees).
  public func process(_ source: SourceFile, id: String, caseContext: CaseContext = CaseContext()) throws -> (DocumentRecord, String) {
    let doc = try ingester.parse(source)
    return (extract(doc, source: source, id: id, caseContext: caseContext), doc.text.string)
  }

  func extract(_ doc: ParsedDocument, source: SourceFile, id: String, caseContext: CaseContext) -> DocumentRecord {
    let fallbackAnchor = caseContext.anchor
    let fileName = (source.path as NSString).lastPathComponent
    let registry = self.registry
    let bodyExtractor = BodyExtractor(registry: registry)
    let bodyScan = bodyExtractor.scan(doc)
    let namedBodies = bodyExtractor.extract(doc, scan: bodyScan, author: nil)
    // The document's own date comes from the unanchored dates; relative ones need it first.
    let dateExtractor = DateExtractor()
    let dateCandidates = dateExtractor.candidates(in: doc)
    let plainDates = dateExtractor.resolve(dateCandidates, in: doc, anchor: nil)
    let meta = MetadataExtractor(registry: registry).extract(
      doc, fileName: fileName, dates: plainDates, bodies: namedBodies, caseContext: caseContext)
    // Once the author is known, "the Department", "our Trust" and "the watchdog" resolve too.
    let bodies = meta.author == nil ? namedBodies : bodyExtractor.extract(doc, scan: bodyScan, author: meta.author)
    let anchor = meta.date ?? doc.hints.published ?? fallbackAnchor
    let dates = anchor == nil ? plainDates : dateExtractor.resolve(dateCandidates, in: doc, anchor: anchor)
    let figures = FigureExtractor().extract(doc, dates: dates)
    let concerns = ConcernExtractor().extract(doc, kind: meta.kind)
    let context = ExtractionContext(anchor: anchor, kind: meta.kind, author: meta.author)
    let raw = meta.kind == .pfdReport ? [] : CommitmentExtractor().extract(doc, context: context, bodies: bodies)
    let commitments = CommitmentLinker().link(
      raw, in: doc, documentID: id, author: meta.author, concerns: concerns, dates: dates, bodies: bodies, kind: meta.kind,
      documentDate: anchor)

    var diagnostics = doc.diagnostics
    if meta.date == nil, anchor != nil, anchor != doc.hints.published {
      diagnostics.append(Diagnostic(.info, "the document prints no date; relative dates are anchored on \(anchor!.iso), the date of its case"))
    } else if anchor == nil {
      diagnostics.append(Diagnostic(.info, "the document prints no date; relative dates are left unresolved"))
    }
    let info = DocumentInfo(
      id: id, source: source.path, sha256: source.sha256, format: doc.format,
      title: meta.title ?? doc.hints.title, kind: meta.kind, author: meta.author, addressee: meta.addressee,
      date: meta.date ?? doc.hints.published, anchorDate: meta.date == nil ? anchor : nil, caseSignals: meta.caseSignals)
    return DocumentRecord(
      document: info, blocks: doc.blocks, sentences: doc.sentences, concerns: concerns,
      commitments: commitments, dates: dates, figures: figures, bodies: bodies, diagnostics: diagnostics)
  }
}
