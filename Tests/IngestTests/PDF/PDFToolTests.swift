import Foundation
import Testing

@testable import Ingest

/// The subprocess around pdftotext, with stand-in tools: missing, failing, encrypted, hanging.
@Suite struct PDFToolTests {
  private let pdf = TestPDF(pages: [TestPDF.Page()]).bytes()

  /// Writes an executable shell script and returns its path.
  private func script(_ body: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-fake-pdftotext-\(UUID().uuidString)")
    try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    return url.path
  }

  @Test func aMissingToolSaysWhatToInstall() {
    let reader = PDFReader(timeout: 5, tool: "/nonexistent/bin/pdftotext")
    #expect(throws: IngestError.toolMissing(path: "a.pdf", tool: "pdftotext", install: "apt-get install poppler-utils")) {
      try reader.read(pdf, path: "a.pdf")
    }
    #expect(ToolRunner.locate("pdftotext", path: "/nonexistent/bin") == nil)
    #expect(ToolRunner.locate("sh", path: "/nonexistent/bin:/bin") == "/bin/sh")
  }

  @Test func aHangingToolIsStoppedAtTheTimeLimit() throws {
    // Ignores SIGTERM, so only the SIGKILL that follows can stop it.
    let tool = try script("trap '' TERM\nwhile :; do sleep 0.1; done")
    defer { try? FileManager.default.removeItem(atPath: tool) }
    let started = Date()
    #expect(throws: IngestError.toolFailed(path: "slow.pdf", tool: "pdftotext", reason: "no result within 0.5 s; stopped it")) {
      try PDFReader(timeout: 0.5, tool: tool).read(pdf, path: "slow.pdf")
    }
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test func aFailingToolGivesItsFirstErrorLine() throws {
    let tool = try script("echo 'Syntax Warning: ignored' >&2\necho \"Syntax Error: Couldn't find trailer dictionary\" >&2\necho more >&2\nexit 1")
    defer { try? FileManager.default.removeItem(atPath: tool) }
    #expect(throws: IngestError.toolFailed(path: "b.pdf", tool: "pdftotext", reason: "exit 1: Syntax Error: Couldn't find trailer dictionary")) {
      try PDFReader(timeout: 5, tool: tool).read(pdf, path: "b.pdf")
    }
  }

  @Test func anEncryptedFileIsNamedAsSuch() throws {
    let tool = try script("echo 'Command Line Error: Incorrect password' >&2\nexit 1")
    defer { try? FileManager.default.removeItem(atPath: tool) }
    #expect(throws: IngestError.toolFailed(path: "e.pdf", tool: "pdftotext", reason: "the PDF is encrypted and needs a password")) {
      try PDFReader(timeout: 5, tool: tool).read(pdf, path: "e.pdf")
    }
  }

  @Test func theToolGetsLayoutModeAndItsOutputIsRead() throws {
    // Echoes its arguments as the "text", so the call can be checked.
    let tool = try script("printf 'ARGS %s %s %s\\n\\nThe Trust will act.\\n\\f' \"$1\" \"$2\" \"$3\"")
    defer { try? FileManager.default.removeItem(atPath: tool) }
    let doc = try PDFReader(timeout: 5, tool: tool).read(pdf, path: "c.pdf")
    #expect(doc.text.string.hasPrefix("ARGS -layout -enc UTF-8"))
    #expect(doc.text.string.hasSuffix("The Trust will act."))
    #expect(doc.format == .pdf)
  }
}
