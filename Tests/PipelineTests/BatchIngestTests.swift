import Foundation
import Model
import Pipeline
import Testing

@Suite struct BatchIngestTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let corpus = packageRoot.appendingPathComponent("corpus")

  func tempDir() throws -> URL {
    let u = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
    return u
  }

  @Test func corpusSpansSliceToTheirText() throws {
    let out = try tempDir()
    let summary = try BatchIngest(options: .init(paths: [Self.corpus.path], output: out)).run()
    #expect(summary.failures.isEmpty)
    #expect(summary.ingested >= 5)
    let records = try FileManager.default.contentsOfDirectory(at: out.appendingPathComponent("documents"), includingPropertiesForKeys: nil)
    for url in records {
      let record = try JSONDecoder().decode(DocumentRecord.self, from: Data(contentsOf: url))
      let text = DocumentText(try String(contentsOf: out.appendingPathComponent("text/\(record.document.id).txt"), encoding: .utf8))
      #expect(!record.blocks.isEmpty)
      for b in record.blocks { #expect(b.span.end <= text.scalarCount) }
      for s in record.sentences { #expect(record.blocks[s.block].span.contains(s.span)) }
      for c in record.commitments { #expect(text.slice(c.span) == c.text, "\(record.document.id) \(c.span)") }
      for c in record.concerns { #expect(text.slice(c.span) == c.text, "\(record.document.id) \(c.span)") }
      for x in record.dates { #expect(text.slice(x.span) == x.text, "\(record.document.id) \(x.span)") }
      for f in record.figures { #expect(text.slice(f.span) == f.text, "\(record.document.id) \(f.span)") }
      for b in record.bodies { #expect(text.slice(b.span) == b.text, "\(record.document.id) \(b.span)") }
      let ids = record.commitments.map(\.id)
      #expect(Set(ids).count == ids.count, "commitment ids are unique")
    }
  }

  @Test func badFilesAreReportedAndTheRestGoThrough() throws {
    let dir = try tempDir()
    try Data("We will publish the plan by March 2024.".utf8).write(to: dir.appendingPathComponent("good.txt"))
    try Data().write(to: dir.appendingPathComponent("empty.txt"))
    try Data([0, 1, 2, 3, 0, 0]).write(to: dir.appendingPathComponent("binary.txt"))
    let out = try tempDir()
    let summary = try BatchIngest(options: .init(paths: [dir.path, "/nonexistent/x.txt"], output: out)).run()
    #expect(summary.ingested == 1)
    #expect(summary.failures.count == 3)
    #expect(summary.failures.allSatisfy { !$0.reason.isEmpty })
    let index = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("index.json"))) as! [String: Any]
    let docs = index["documents"] as! [[String: Any]]
    #expect(docs.filter { $0["status"] as? String == "ok" }.count == 1)
    #expect(docs.filter { $0["status"] as? String == "failed" }.count == 3)
    // Nothing half-written: no temporary files are left behind.
    let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func anUnchangedRerunSkipsAndAChangedFileIsRedone() throws {
    let dir = try tempDir()
    let file = dir.appendingPathComponent("letter.txt")
    try Data("We will publish the plan.".utf8).write(to: file)
    let out = try tempDir()
    let first = try BatchIngest(options: .init(paths: [dir.path], output: out)).run()
    #expect(first.ingested == 1)
    let second = try BatchIngest(options: .init(paths: [dir.path], output: out)).run()
    #expect(second.skipped == 1 && second.ingested == 0)
    try Data("We will publish the review.".utf8).write(to: file)
    let third = try BatchIngest(options: .init(paths: [dir.path], output: out)).run()
    #expect(third.ingested == 1)
  }

  @Test func aLaterRunKeepsEarlierEntriesReplacesItsOwnAndListsMissingPathsInSourceOrder() throws {
    let dir = try tempDir()
    for name in ["b.txt", "a.txt", "c.txt"] {
      try Data("We will publish the plan (\(name)).".utf8).write(to: dir.appendingPathComponent(name))
    }
    let out = try tempDir()
    _ = try BatchIngest(options: .init(paths: [dir.appendingPathComponent("b.txt").path], output: out)).run()
    try Data().write(to: dir.appendingPathComponent("b.txt"))  // now empty: this run fails it
    let missing = dir.appendingPathComponent("gone.txt").path
    _ = try BatchIngest(
      options: .init(
        paths: [dir.appendingPathComponent("c.txt").path, dir.appendingPathComponent("b.txt").path,
          dir.appendingPathComponent("a.txt").path, missing, missing],
        output: out)
    ).run()
    let index = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("index.json"))) as! [String: Any]
    let docs = index["documents"] as! [[String: Any]]
    let names = docs.map { ($0["source"] as! NSString).lastPathComponent }
    #expect(names == ["a.txt", "b.txt", "c.txt", "gone.txt"])
    #expect(docs.map { $0["status"] as! String } == ["ok", "failed", "ok", "failed"])
    #expect(docs[3]["id"] as? String == "")
  }

  @Test func collidingNamesGetDistinctIds() throws {
    let dir = try tempDir()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("a"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("b"), withIntermediateDirectories: true)
    try Data("We will act.".utf8).write(to: dir.appendingPathComponent("a/letter one.txt"))
    try Data("We will act too.".utf8).write(to: dir.appendingPathComponent("b/letter one.txt"))
    let out = try tempDir()
    _ = try BatchIngest(options: .init(paths: [dir.path], output: out)).run()
    let names = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("documents").path).sorted()
    #expect(names == ["letter-one-2.json", "letter-one.json"])
  }
}

@Suite struct CaseContextTests {
  @Test func aResponseTakesItsCaseDateAndTheReportsNameForItsAuthor() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-case-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Data("""
      REGULATION 28: REPORT TO PREVENT FUTURE DEATHS

      Ref: 2031-0042
      Date of report: 4 March 2031
      Coroner: J. Example, Senior Coroner for the area of Northshire

      THIS REPORT IS BEING SENT TO:
      1. The Chief Executive Officer of the Northshire and Westvale Partnership Trust

      CORONER'S CONCERNS
      The lack of a falls policy on the wards.
      """.utf8).write(to: dir.appendingPathComponent("2031-0042-alan-parker_report.txt"))
    // The judiciary cuts the respondent at 40 characters; the letter itself only says "the Trust".
    try Data("""
      Thank you for your report. The Trust will publish a new falls policy next month.
      """.utf8).write(to: dir.appendingPathComponent("2031-0042-alan-parker_response-1-the-chief-executive-officer-of-the-nort.txt"))
    let out = dir.appendingPathComponent("out")
    _ = try BatchIngest(options: .init(paths: [dir.path], output: out)).run()
    let url = out.appendingPathComponent("documents/2031-0042-alan-parker_response-1-the-chief-executive-officer-of-the-nort.json")
    let record = try JSONDecoder().decode(DocumentRecord.self, from: Data(contentsOf: url))
    #expect(record.document.kind == .response)
    #expect(record.document.author == "Northshire and Westvale Partnership Trust")
    #expect(record.document.anchorDate?.iso == "2031-03-04")
    #expect(record.dates.first { $0.text == "next month" }?.start.iso == "2031-04-01")
  }
}
