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
  /// Undated files awaiting the second pass: the index (the path and digest are kept by index already) and the
  /// deceased's name, all the case anchors need.
  private var held: [(index: Int, deceased: String?)] = []
  /// Folded in as documents finish, so memory does not grow with the batch.
  private var anchors = CaseAnchors()
  /// Per file, what its index entry needs once it is done: the format and the SHA-256 as 32 bytes. Flat arrays,
  /// not a dictionary of strings, so a batch four times the size costs ~35 bytes a file more, not ~150.
  private var formats: [DocumentFormat?]
  private var digests: [UInt8]

  init(count: Int) {
    formats = Array(repeating: nil, count: count)
    digests = Array(repeating: 0, count: count * 32)
  }

  private func locked<T>(_ f: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return f()
  }

  func tick() -> Int { locked { done += 1; return done } }

  func fail(index: Int?, source: String, reason: String) {
    locked {
      failed.append(.init(source: source, reason: reason))
      guard let i = index else { return }
      failedIndex[i] = reason
      // A file that failed its second pass is no longer counted as ingested.
      if formats[i] != nil { okCount -= 1 }
      formats[i] = nil
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
      formats[index] = record.document.format
      Self.storeHex(source.sha256, into: &digests, at: index * 32)
      anchors.add(
        CaseAnchors.Entry(
          path: source.path, date: record.document.date, kind: record.document.kind,
          signals: record.document.caseSignals),
        index: index)
    }
  }

  func holdUndated(index: Int, deceased: String?) {
    locked { held.append((index, deceased)) }
  }

  func undated() -> [(index: Int, deceased: String?)] {
    locked { held.sorted { $0.index < $1.index } }
  }

  /// The SHA-256 recorded for a file ingested in the first pass.
  func sha256(at i: Int) -> String? {
    locked { formats[i] == nil ? nil : SourceFile.hex(digests[(i * 32)..<(i * 32 + 32)]) }
  }

  func caseAnchors() -> CaseAnchors { locked { anchors } }

  func entry(at i: Int, id: String, path: String) -> IndexEntry? {
    locked {
      if let reason = failedIndex[i] {
        return .failed(id: id, source: path, reason: reason)
      }
      if let e = entries[i] { return e }
      if let format = formats[i] {
        let sha = SourceFile.hex(digests[(i * 32)..<(i * 32 + 32)])
        return IndexEntry(id: id, source: path, sha256: sha, format: format, status: .ok, pipeline: PipelineVersion.current)
      }
      return nil
    }
  }

  func failures() -> [BatchIngest.Failure] { locked { failed } }

  func summary() -> BatchIngest.Summary {
    locked {
      var s = BatchIngest.Summary()
      s.ingested = okCount
      s.skipped = skipCount
      s.failures = failed
      return s
    }
  }

  private static func storeHex(_ hex: String, into bytes: inout [UInt8], at offset: Int) {
    var k = offset
    var high: UInt8?
    for c in hex.utf8 {
      let v: UInt8 = c >= 97 ? c - 87 : c >= 65 ? c - 55 : c - 48
      if let h = high {
        guard k < offset + 32 else { return }
        bytes[k] = h << 4 | v
        k += 1
        high = nil
      } else {
        high = v
      }
    }
  }
}
