import Emit
import Foundation
import Model
import Testing

@Suite struct OutputLayoutTests {
  func entries(_ n: Int) -> [IndexEntry] {
    (0..<n).map { i in
      IndexEntry(
        id: "d\(i)", source: "corpus/“quoted” \(i)/file.txt", sha256: i % 2 == 0 ? String(repeating: "ab", count: 32) : nil,
        format: i % 3 == 0 ? .html : .text, status: i == 1 ? .failed : .ok, reason: i == 1 ? "bad \"input\"\nhere" : nil,
        pipeline: "0.1.0")
    }
  }

  @Test(arguments: [0, 1, 3])
  func streamedIndexIsByteForByteTheEncodedOne(count: Int) throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-index-\(UUID().uuidString)")
    let layout = OutputLayout(root: root)
    try layout.writeIndex(entries(count))
    let written = try Data(contentsOf: root.appendingPathComponent("index.json"))
    #expect(written == (try RecordEncoder.encode(RunIndex(documents: entries(count)))))
    #expect(layout.readIndex().map(\.id) == entries(count).map(\.id))
    let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".tmp") }
    #expect(left.isEmpty)
  }

  @Test func removingARecordTakesItsTextToo() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-remove-\(UUID().uuidString)")
    let layout = OutputLayout(root: root)
    for id in ["gone", "kept"] {
      let info = DocumentInfo(id: id, source: "\(id).txt", sha256: String(repeating: "0", count: 64), format: .text)
      try layout.write(record: DocumentRecord(document: info), text: "text of \(id)")
    }
    layout.removeRecord(id: "gone")
    #expect(!FileManager.default.fileExists(atPath: layout.recordURL(id: "gone").path))
    #expect(!FileManager.default.fileExists(atPath: layout.textURL(id: "gone").path))
    #expect(FileManager.default.fileExists(atPath: layout.recordURL(id: "kept").path))
    #expect(FileManager.default.fileExists(atPath: layout.textURL(id: "kept").path))
  }
}
