import ArgumentParser
import Emit
import Extract
import Foundation
import Pipeline

extension PFD {
  struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read documents and write their records under the output folder.",
      discussion: """
        Reads every .txt, .text, .htm, .html and .pdf file under the given paths (files or folders, \
        recursively) and writes output/text/<id>.txt, output/documents/<id>.json and output/index.json. \
        Unchanged files are skipped. A bad file gets one line on stderr and the rest go on; the exit \
        status is 1 if any file failed.
        """)

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "output"

    @Option(help: "Largest file to read, in bytes.")
    var maxSize: Int = 50 * 1024 * 1024

    @Option(name: .shortAndLong, help: "Files processed in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "A JSON file of extra bodies (name, aliases, parent) to add to the registry.")
    var bodies: String?

    @Flag(help: "Redo every file, even when unchanged since the last run.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print the run's summary as JSON on stdout.")
    var json = false

    func validate() throws {
      guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
      guard maxSize >= 1 else { throw ValidationError("--max-size must be at least 1 byte") }
    }

    func run() throws {
      var options = BatchIngest.Options(paths: paths, output: URL(fileURLWithPath: out))
      options.maxSize = maxSize
      options.jobs = jobs
      options.force = force
      if let bodies {
        options.registry = try BodyRegistry.standard.adding(contentsOf: URL(fileURLWithPath: bodies))
      }
      let showProgress = !quiet && !json && isatty(STDERR_FILENO) != 0
      let summary = try BatchIngest(options: options).run { done, total, path in
        if showProgress {
          let name = (path as NSString).lastPathComponent
          FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(name.prefix(60))".utf8))
          if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
        }
      }
      for f in summary.failures {
        FileHandle.standardError.write(Data("error: \(f.reason)\n".utf8))
      }
      if json {
        print(String(decoding: try JSONOutput.encode(summary, pretty: true, escapeSlashes: true), as: UTF8.self))
      } else if !quiet {
        print("\(summary.ingested) ingested, \(summary.skipped) unchanged, \(summary.failures.count) failed → \(out)")
      }
      if !summary.failures.isEmpty { throw ExitCode.failure }
    }
  }
}
