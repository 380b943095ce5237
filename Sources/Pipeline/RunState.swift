import Foundation
import Ingest
import Model

/// The shared, locked state of a batch run while its jobs work.
final class RunState: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0
  private var entries: [Int: IndexEntry] = [:]
  private var okCount = 0
  private var skipCount = 0
  private var failed: [BatchIngest.Failure] = []
  private var failedIndex: [Int: String] = [:]
  private var held: [(index: Int, path: String, sha256: String)] = []
  private var records: [Int: CaseAnchors.Entry] = [:]
  private var formats: [Int: (String, DocumentFormat)] = [:]

  init(count: Int) {}

  private func locked<T>(_ f: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return f()
  }

  func tick() -> Int { locked { done += 1; return done } }

  func fail(index: Int?, source: String, reason: String) {
    locked {
      failed.append(.init(source: source, reason: reason))
      if let i = index { failedIndex[i] = reason; formats[i] = nil }
    }
  }

  func skip(index: Int, entry: IndexEntry) {
    locked {
      skipCount += 1
      entries[index] = entry
    }
  }

  func ok(index: Int, record: DocumentRecord, source: SourceFile) {
    locked {
      okCount += 1
      formats[index] = (source.sha256, record.document.format)
      records[index] = CaseAnchors.Entry(
        path: source.path, date: record.document.date, kind: record.document.kind, signals: record.document.caseSignals)
    }
  }

  func holdUndated(index: Int, path: String, sha256: String) { locked { held.append((index, path, sha256)) } }

  func undated() -> [(index: Int, path: String, sha256: String)] { locked { held.sorted { $0.index < $1.index } } }

  func caseRecords() -> [CaseAnchors.Entry] { locked { records.keys.sorted().map { records[$0]! } } }

  func signals(at i: Int) -> CaseSignals? { locked { records[i]?.signals } }

  func entry(at i: Int, id: String, path: String) -> IndexEntry? {
    locked {
      if let reason = failedIndex[i] {
        return IndexEntry(id: id, source: path, sha256: nil, format: nil, status: .failed, reason: reason, pipeline: PipelineVersion.current)
      }
      if let e = entries[i] { return e }
      if let (sha, format) = formats[i] {
        return IndexEntry(id: id, source: path, sha256: sha, format: format, status: .ok, pipeline: PipelineVersion.current)
      }
      return nil
    }
  }

  func failures() -> [BatchIngest.Failure] { locked { failed } }

  func summary() -> BatchIngest.Summary {
    locked {
      var s = BatchIngest.Summary()
      s.ingested = okCount - failedIndex.keys.filter { formats[$0] != nil }.count
      s.skipped = skipCount
      s.failures = failed
      return s
    }
  }
}
