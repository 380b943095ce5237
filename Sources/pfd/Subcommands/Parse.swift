import ArgumentParser
import Emit
import Foundation
import Ingest
import Model
import Pipeline

extension PFD {
  struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read documents into text, blocks and sentences only, one JSON line per document on stdout.",
      discussion: """
        The first stage of `pfd ingest` alone: no extraction and nothing written under an output folder. Use it
        to check what the readers make of new kinds of document, or to time them. Lines come in file order
        (folders are read recursively and sorted); a file that cannot be read is reported on stderr, the rest
        still go through, and the exit code is 1.
        """)

    @Argument(help: "Files or folders to parse.")
    var paths: [String]

    @Option(help: "Largest file to read, in bytes.")
    var maxSize: Int = SourceFile.defaultMaxSize

    @Option(name: .shortAndLong, help: "Files parsed in parallel.")
    var jobs: Int = 1

    func validate() throws {
      guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
      guard maxSize >= 1 else { throw ValidationError("--max-size must be at least 1 byte") }
    }

    func run() throws {
      var batch = BatchParse(paths: paths)
      batch.jobs = jobs
      batch.maxSize = maxSize
      let failed = batch.run { path, result in
        switch result {
        case .success(let record):
          var line = ParsedRecordLine.encode(record)
          line.append(0x0A)
          FileHandle.standardOutput.write(line)
        case .failure(let error):
          FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        }
      }
      if failed > 0 { throw ExitCode.failure }
    }
  }
}
