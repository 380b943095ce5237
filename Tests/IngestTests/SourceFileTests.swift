import Foundation
import Ingest
import Model
import Testing

@Suite struct SourceFileTests {
  func temp(_ name: String, _ bytes: [UInt8]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-src-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func digestIsLowerCaseHexSHA256() throws {
    let p = try temp("a.txt", Array("abc".utf8))
    #expect(try SourceFile.read(path: p).sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func refusesEmptyOversizedUnsupportedAndMissingFiles() throws {
    #expect(throws: IngestError.self) { try SourceFile.read(path: try temp("e.txt", [])) }
    let big = try temp("b.txt", Array(repeating: 0x41, count: 100))
    #expect { try SourceFile.read(path: big, maxSize: 50) } throws: { e in
      (e as? IngestError)?.description.contains("--max-size") == true
    }
    #expect(throws: IngestError.self) { try SourceFile.read(path: try temp("x.docx", [0x41])) }
    #expect(throws: IngestError.self) { try SourceFile.read(path: "/nonexistent/nothing.txt") }
  }

  @Test func foldersAndSpecialFilesAreRefusedWithTheReason() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-sf-\(UUID().uuidString).txt")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect { try SourceFile.read(path: dir.path) } throws: { e in "\(e)".contains("it is a folder") }
    let fifo = dir.appendingPathComponent("pipe.txt").path
    #expect(mkfifo(fifo, 0o600) == 0)
    // Refused at once, not waited on for a writer.
    #expect { try SourceFile.read(path: fifo) } throws: { e in "\(e)".contains("not a regular file") }
    #expect { try SourceFile.read(path: dir.appendingPathComponent("none.txt").path) } throws: { e in
      "\(e)".contains("no such file")
    }
    let grown = try temp("g.txt", Array(repeating: 0x41, count: 70_000))
    #expect(try SourceFile.read(path: grown).bytes.count == 70_000)
  }

  @Test func binaryTextIsRefusedWithItsName() throws {
    let p = try temp("bin.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0])
    let src = try SourceFile.read(path: p)
    #expect { try Ingester().parse(src) } throws: { e in
      (e as? IngestError)?.description.hasPrefix(p) == true
    }
  }

  @Test func windows1252TextDecodes() throws {
    // "Caf\xe9 \x96 \x80100" in Windows-1252.
    let p = try temp("w.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x80, 0x31, 0x30, 0x30])
    let d = try Ingester().parse(try SourceFile.read(path: p))
    #expect(d.text.string == "Café – €100")
  }
}
