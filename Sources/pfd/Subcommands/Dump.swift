import ArgumentParser
import Foundation
import Ingest
import Model
import Pipeline

extension PFD {
  struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a document's blocks, sentences and findings with their spans (@start-end).")

    @Argument(help: "The file to read.")
    var path: String

    @Flag(help: "Show every sentence under its block.")
    var sentences = false

    func run() throws {
      let source = try SourceFile.read(path: path)
      let (record, text) = try DocumentProcessor().process(source, id: "dump")
      let t = DocumentText(text)
      let d = record.document
      print("\(d.kind.rawValue) by \(d.author ?? "?") to \(d.addressee ?? "?"), dated \(d.date?.iso ?? "?")")
      if let title = d.title { print("title: \(title)") }
      for (i, b) in record.blocks.enumerated() {
        let level = b.level.map { " \($0)" } ?? ""
        let marker = b.marker.map { " [\($0)]" } ?? ""
        print("\(b.kind.rawValue)\(level)\(marker) \(b.span): \(t.slice(b.span).prefix(100))")
        if sentences {
          for s in record.sentences where s.block == i { print("    sentence \(s.span): \(t.slice(s.span).prefix(90))") }
        }
      }
      for c in record.concerns { print("concern \(c.number) \(c.span): \(c.text.prefix(80))") }
      for c in record.commitments {
        print("commitment \(c.status.rawValue)/\(c.strength.rawValue) body=\(c.body ?? "-") concern=\(c.concern.map(String.init) ?? "-") due=\(c.due?.text ?? "-") \(c.span): \(c.text.prefix(80))")
      }
      for x in record.dates { print("date \(x.span) \(x.start)…\(x.end): \(x.text)") }
      for f in record.figures { print("figure \(f.span) \(f.value) \(f.unit.rawValue): \(f.text)") }
      for b in record.bodies { print("body \(b.span) \(b.name): \(b.text)") }
      for x in record.diagnostics { print("\(x.severity.rawValue): \(x.message)") }
    }
  }
}
