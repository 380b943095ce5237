@testable import Ingest

/// Whether poppler's pdftotext is on PATH, for tests that need the real tool.
enum Poppler {
  static let available: Bool = {
    let found = ToolRunner.locate("pdftotext") != nil
    if !found { print("PDF tests skipped: pdftotext is not installed (apt-get install poppler-utils)") }
    return found
  }()
}
