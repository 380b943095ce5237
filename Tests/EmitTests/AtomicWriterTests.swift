import Emit
import Foundation
import Model
import Testing

@Suite struct AtomicWriterTests {
  func tempDir() throws -> URL {
    let u = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-emit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
    return u
  }

  @Test func replacesWholeFilesAndLeavesNoTemporaries() throws {
    let dir = try tempDir()
    let file = dir.appendingPathComponent("sub/record.json")
    try AtomicWriter.write(Data("first".utf8), to: file)
    try AtomicWriter.write(Data("second, longer".utf8), to: file)
    #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == "second, longer")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sub").path) == ["record.json"])
  }

  @Test func aFailedWriteKeepsWhatWasThere() throws {
    let dir = try tempDir()
    let file = dir.appendingPathComponent("index.json")
    try AtomicWriter.write(Data("kept".utf8), to: file)
    // A folder where the file should go: the rename fails and the error names the path.
    let blocked = dir.appendingPathComponent("blocked")
    try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inner"), withIntermediateDirectories: true)
    #expect { try AtomicWriter.write(Data("new".utf8), to: blocked) } throws: { e in
      "\(e)".contains(blocked.path)
    }
    #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == "kept")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
  }

  @Test func recordsEncodeWithStableFieldNamesAndNulls() throws {
    let info = DocumentInfo(id: "a", source: "a.txt", sha256: String(repeating: "0", count: 64), format: .text)
    let data = try RecordEncoder.encode(DocumentRecord(document: info))
    let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let doc = json["document"] as! [String: Any]
    #expect(doc["date"] is NSNull)
    #expect(doc["anchor_date"] is NSNull)
    #expect((doc["case"] as! [String: Any])["report_date"] is NSNull)
    #expect(json["schema"] as? String == DocumentRecord.schemaVersion)
    let layout = OutputLayout(root: try tempDir())
    try layout.write(record: DocumentRecord(document: info), text: "text")
    try layout.writeIndex([IndexEntry(id: "a", source: "a.txt", sha256: nil, format: .text, status: .ok, pipeline: "x")])
    #expect(layout.readIndex().map(\.id) == ["a"])
  }
}
