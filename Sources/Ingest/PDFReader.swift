import Foundation
import Model

/// Reads a PDF's text layer through poppler's `pdftotext -layout`, run with a time limit.
struct PDFReader {
  var timeout: TimeInterval
  /// The pdftotext to run: a bare name is looked up on PATH; tests pass a path to a stand-in.
  var tool: String = "pdftotext"

  static let install = "apt-get install poppler-utils"

  func read(_ bytes: [UInt8], path: String) throws -> ParsedDocument {
    guard let executable = ToolRunner.locate(tool) else {
      throw IngestError.toolMissing(path: path, tool: "pdftotext", install: PDFReader.install)
    }
    // Poppler accepts a header anywhere in the first kilobyte; anything else is not a PDF at all.
    guard PDFReader.hasHeader(bytes) else {
      throw IngestError.toolFailed(path: path, tool: "pdftotext", reason: "no %PDF- header: not a PDF file")
    }
    // The bytes are written out because the path may be relative to another folder or already gone.
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-\(UUID().uuidString).pdf")
    do {
      try Data(bytes).write(to: input)
    } catch {
      throw IngestError.unreadable(path: path, reason: "cannot write a temporary copy: \(error.localizedDescription)")
    }
    defer { try? FileManager.default.removeItem(at: input) }

    let runner = ToolRunner(executable: executable, timeout: timeout)
    switch runner.run(["-layout", "-enc", "UTF-8", input.path, "-"]) {
    case .launchFailed(let why):
      throw IngestError.toolFailed(path: path, tool: "pdftotext", reason: "could not start: \(why)")
    case .timedOut:
      throw IngestError.toolFailed(
        path: path, tool: "pdftotext", reason: "no result within \(PDFReader.seconds(timeout)); stopped it")
    case .exited(let code, let stdout, let stderr):
      let errors = String(decoding: stderr, as: UTF8.self)
      guard code == 0 else {
        throw IngestError.toolFailed(path: path, tool: "pdftotext", reason: PDFReader.reason(code: code, stderr: errors))
      }
      let text = String(decoding: stdout, as: UTF8.self)
      let hasText = text.unicodeScalars.contains { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\u{0C}" }
      guard hasText else {
        // A damaged file can "succeed" with nothing to show; say what poppler complained about.
        if let complaint = PDFReader.firstError(errors) {
          throw IngestError.toolFailed(path: path, tool: "pdftotext", reason: complaint)
        }
        throw IngestError.noText(path: path, reason: "no text layer (scanned PDF?); pfd does no OCR")
      }
      var doc = PDFLayoutReader().read(text)
      if doc.blocks.isEmpty {
        throw IngestError.noText(path: path, reason: "no text layer (scanned PDF?); pfd does no OCR")
      }
      if let complaint = PDFReader.firstError(errors) {
        doc.diagnostics.append(Diagnostic(.warning, "pdftotext reported a damaged file; text may be incomplete (\(complaint))"))
      }
      return doc
    }
  }

  static func hasHeader(_ bytes: [UInt8]) -> Bool {
    let marker: [UInt8] = Array("%PDF-".utf8)
    let window = bytes.prefix(1024)
    guard window.count >= marker.count else { return false }
    for i in 0...(window.count - marker.count) where Array(window[i..<(i + marker.count)]) == marker {
      return true
    }
    return false
  }

  /// One line saying why pdftotext gave up, from its exit code and the first error it printed.
  static func reason(code: Int32, stderr: String) -> String {
    let lower = stderr.lowercased()
    if lower.contains("password") { return "the PDF is encrypted and needs a password" }
    if code == 3 { return "the PDF's permissions forbid copying its text" }
    if let e = firstError(stderr) { return "exit \(code): \(e)" }
    return "exit \(code)"
  }

  /// The first error line poppler printed, trimmed to one short line; warnings are ignored.
  static func firstError(_ stderr: String) -> String? {
    for line in stderr.split(whereSeparator: \.isNewline) {
      let t = line.trimmingCharacters(in: .whitespaces)
      guard t.lowercased().contains("error") else { continue }
      return t.count > 160 ? String(t.prefix(157)) + "..." : t
    }
    return nil
  }

  private static func seconds(_ t: TimeInterval) -> String {
    t == t.rounded() ? "\(Int(t)) s" : String(format: "%.1f s", t)
  }
}
