import ArgumentParser
import Emit
import Foundation
import Pipeline

extension PFD {
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score ingested records against gold annotations (the referee's rules).",
      discussion: """
        Pairs each gold file GOLD/<name>.json with the record whose sha256 is that of DOCS/<name>.*, else with \
        OUT/documents/<name>.json. Commitments match by word overlap (shared words over the longer text's words, \
        at least 0.5), one to one, best pairs first; figures by equal value or contained text; dates by text \
        overlap of at least 0.5 or the same month; concerns by number. On matched commitments it reports the \
        accuracy of body, concern, due, status and strength, and precision and recall of hedged ones.
        """)

    @Option(help: "Folder of gold JSON files.")
    var gold: String

    @Option(help: "Folder of the source documents the gold describes.")
    var docs: String = "corpus"

    @Option(help: "The output folder of a previous `pfd ingest` run.")
    var out: String = "output"

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
      let report = try Evaluator(
        goldDir: URL(fileURLWithPath: gold), outputDir: URL(fileURLWithPath: out), docsDir: URL(fileURLWithPath: docs)
      ).run()
      if json {
        print(String(decoding: try JSONOutput.encode(report, pretty: true, escapeSlashes: true), as: UTF8.self))
      } else {
        print(report.table)
      }
    }
  }
}
