import Foundation
import Model

/// Reads a PDF's text layer through poppler's `pdftotext -layout`, run with a time limit.
struct PDFReader {
  var timeout: TimeInterval

  func read(_ bytes: [UInt8], path: String) throws -> ParsedDocument {
    throw IngestError.unsupported(path: path, ext: "pdf")  // TODO(pdf helper)
  }
}
