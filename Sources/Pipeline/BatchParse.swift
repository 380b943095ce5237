import Foundation
import Ingest
import Model

/// Reads and parses a batch of files without extracting anything, handing each result on in file order.
public struct BatchParse: Sendable {
  public var paths: [String]
  public var maxSize: Int = SourceFile.defaultMaxSize
  public var jobs: Int = 1

  public init(paths: [String]) { self.paths = paths }

  /// Parses every file; `emit` gets each file's record or error in the order the files were listed, on one
  /// thread at a time. Returns how many files failed.
  public func run(_ emit: @escaping @Sendable (String, Result<ParsedRecord, Error>) -> Void) -> Int {
    let (files, missing) = FileCollector.collect(paths)
    for m in missing { emit(m.path, .failure(m.error)) }
    let ingester = Ingester()
    let order = InOrder(count: files.count, emit: emit)
    let next = WorkQueue(count: files.count)
    Workers.run(max(1, min(jobs, files.count))) {
      while let i = next.take() {
        let path = files[i]
        let result = Result<ParsedRecord, Error> {
          let doc = try ingester.parse(try SourceFile.read(path: path, maxSize: maxSize, digest: false))
          return ParsedRecord(
            source: path, format: doc.format, text: doc.text.string, blocks: doc.blocks, sentences: doc.sentences,
            diagnostics: doc.diagnostics)
        }
        order.deliver(i, path, result)
      }
    }
    return missing.count + order.failures
  }
}

/// Passes results on in index order, holding only those that finish early (at most about one per job).
private final class InOrder: @unchecked Sendable {
  private let lock = NSLock()
  private var waiting: [Int: (String, Result<ParsedRecord, Error>)] = [:]
  private var nextIndex = 0
  private(set) var failures = 0
  private let emit: @Sendable (String, Result<ParsedRecord, Error>) -> Void

  init(count: Int, emit: @escaping @Sendable (String, Result<ParsedRecord, Error>) -> Void) { self.emit = emit }

  func deliver(_ i: Int, _ path: String, _ result: Result<ParsedRecord, Error>) {
    lock.lock()
    defer { lock.unlock() }
    waiting[i] = (path, result)
    while let (p, r) = waiting.removeValue(forKey: nextIndex) {
      if case .failure = r { failures += 1 }
      emit(p, r)
      nextIndex += 1
    }
  }
}
