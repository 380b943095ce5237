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

  /// Removes a document's record and text, the record first so no record is left pointing at a missing text.
  public func removeRecord(id: String) {
    try? FileManager.default.removeItem(at: recordURL(id: id))
    try? FileManager.default.removeItem(at: textURL(id: id))
  }

  /// Writes the text first, then the record that points into it.
  public func write(record: DocumentRecord, text: String) throws {
    try AtomicWriter.write(Data(text.utf8), to: textURL(id: record.document.id))
    try AtomicWriter.write(try RecordEncoder.encode(record), to: recordURL(id: record.document.id))
  }

  /// Writes `index.json` one entry at a time, as the sequence yields them: the bytes
  /// `RecordEncoder.encode(RunIndex(documents:))` would give, without building the whole document tree, which for
  /// 8,000 files cost more memory than any document.
  public func writeIndex<S: Sequence>(_ entries: S) throws where S.Element == IndexEntry {
    var rest = entries.makeIterator()
    guard var entry = rest.next() else {
      return try AtomicWriter.write(try RecordEncoder.encode(RunIndex(documents: [])), to: indexFile)
    }
    try AtomicWriter.write(to: indexFile) { out in
      try out.write(contentsOf: Data("{\n  \"documents\" : [\n".utf8))
      while true {
        var piece = try RecordEncoder.encode(entry)
        piece.removeLast()  // the newline RecordEncoder ends a file with
        let indented = String(decoding: piece, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
          .map { "    " + $0 }.joined(separator: "\n")
        try out.write(contentsOf: Data(indented.utf8))
        guard let next = rest.next() else { break }
        try out.write(contentsOf: Data(",\n".utf8))
        entry = next
      }
      try out.write(contentsOf: Data("\n  ],\n  \"schema\" : \"\(RunIndex.schemaName)\"\n}\n".utf8))
    }
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
  public static let schemaName = "pfd-tracker/index@1"
  public var schema: String
  public var documents: [IndexEntry]

  public init(documents: [IndexEntry]) {
    self.schema = Self.schemaName
    self.documents = documents
  }
}
