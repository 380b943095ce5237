import Foundation
import Pipeline
import Testing

/// Quality floors a little under what the extractors reach, so a regression cannot pass unnoticed.
@Suite(.serialized) struct EvalFloorTests {
  static let devset = BatchIngestTests.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/devset")
  static var hasDevset: Bool { FileManager.default.fileExists(atPath: devset.appendingPathComponent("gold").path) }

  func evaluate(docs: URL, gold: URL) throws -> EvalReport {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-eval-\(UUID().uuidString)")
    var options = BatchIngest.Options(paths: [docs.path], output: out)
    options.jobs = 2
    _ = try BatchIngest(options: options).run()
    return try Evaluator(goldDir: gold, outputDir: out, docsDir: docs).run()
  }

  func expectFloors(_ r: EvalReport, fields: [String: Double], attributes: [String: Double], metadata: [String: Double]) {
    #expect(r.missingDocuments.isEmpty)
    for (k, floor) in fields { #expect(r.fields[k]!.f1 >= floor, "\(k) F1 \(r.fields[k]!.f1) < \(floor)\n\(r.table)") }
    for (k, floor) in attributes {
      #expect((r.attributes[k]!.value ?? 0) >= floor, "\(k) accuracy < \(floor)\n\(r.table)")
    }
    for (k, floor) in metadata { #expect((r.metadata[k]!.value ?? 0) >= floor, "document \(k) < \(floor)\n\(r.table)") }
  }

  @Test func seedCorpusFloors() throws {
    let r = try evaluate(docs: BatchIngestTests.corpus, gold: BatchIngestTests.corpus.appendingPathComponent("gold"))
    expectFloors(
      r, fields: ["concerns": 0.95, "commitments": 0.85, "figures": 0.95, "dates": 0.95],
      attributes: ["body": 0.89, "due": 0.90, "status": 0.90, "strength": 0.95],
      metadata: ["kind": 1, "author": 1, "date": 1])
  }

  @Test(.enabled(if: hasDevset, "../shared/devset is absent (a user's clone): the dev-set floors are not checked"))
  func devsetFloors() throws {
    let r = try evaluate(docs: Self.devset.appendingPathComponent("docs"), gold: Self.devset.appendingPathComponent("gold"))
    expectFloors(
      r, fields: ["concerns": 0.95, "commitments": 0.81, "figures": 0.95, "dates": 0.97],
      attributes: ["body": 0.86, "status": 0.90],
      metadata: ["kind": 0.97, "author": 0.94, "date": 0.97])
  }
}
