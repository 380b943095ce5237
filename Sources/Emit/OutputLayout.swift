import Foundation
import Model

/// Where a run's files go under the output folder, and writing them.
public struct OutputLayout: Sendable {
  public let root: URL

  public init(root: URL) { self.root = root }

  public var documentsDir: URL { root.appendingPathComponent("documents") }
  public var textDir: URL { root.appendingPathComponent("text") }
  public var indexFile: URL { root.appendingPathComponent("index.json") }

  public func recordURL(id: String) -> URL { documentsDir.appendingPathComponent("\(id).json") }
  public func textURL(id: String) -> URL { textDir.appendingPathComponent("\(id).txt") }

  /// Writes the text first, then the record that points into it.
  public func write(record: DocumentRecord, text: String) throws {
    try AtomicWriter.write(Data(text.utf8), to: textURL(id: record.document.id))
    try AtomicWriter.write(try RecordEncoder.encode(record), to: recordURL(id: record.document.id))
  }

  public func writeIndex(_ entries: [IndexEntry]) throws {
    try AtomicWriter.write(try RecordEncoder.encode(RunIndex(documents: entries)), to: indexFile)
  }

  public func readIndex() -> [IndexEntry] {
    guard let data = try? Data(contentsOf: indexFile),
      let index = try? JSONDecoder().decode(RunIndex.self, from: data)
    else { return [] }
    return index.documents
  }
}

/// The contents of `output/index.json`.
public struct RunIndex: Codable, Sendable {
  public var schema: String
  public var documents: [IndexEntry]

  public init(documents: [IndexEntry]) {
    self.schema = "pfd-tracker/index@1"
    self.documents = documents
  }
}
