import Foundation
import Model

/// Reads a source file into a `ParsedDocument`, choosing the reader by format.
public struct Ingester: Sendable {
  public var pdfTimeout: TimeInterval

  public init(pdfTimeout: TimeInterval = 30) {
    self.pdfTimeout = pdfTimeout
  }

  public func parse(_ source: SourceFile) throws -> ParsedDocument {
    let doc: ParsedDocument
    switch source.format {
    case .text:
      if source.looksBinary { throw IngestError.binary(path: source.path) }
      let decoded = TextDecoding.decode(source.bytes)
      var d = PlainTextReader().read(decoded.string, format: .text)
      if decoded.replaced > 0 {
        d.diagnostics.append(
          Diagnostic(.warning, "\(decoded.replaced) undecodable bytes were replaced with U+FFFD"))
      }
      doc = d
    case .html:
      if source.looksBinary { throw IngestError.binary(path: source.path) }
      doc = try HTMLReader().read(source.bytes, path: source.path)
    case .pdf:
      doc = try PDFReader(timeout: pdfTimeout).read(source.bytes, path: source.path)
    }
    guard !doc.blocks.isEmpty else {
      throw IngestError.noText(path: source.path, reason: "nothing but whitespace or markup")
    }
    return doc
  }
}
