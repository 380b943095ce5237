import Foundation
import Testing

@testable import Pipeline

/// Which files a folder gives: readable kinds, found recursively and sorted; no hidden names, and no symbolic
/// links or special files followed.
@Suite struct FileCollectorTests {
  @Test func foldersGiveSortedReadableRegularFilesOnly() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-collect-\(UUID().uuidString)")
    let fm = FileManager.default
    defer { try? fm.removeItem(at: root) }
    let outside = root.appendingPathComponent("outside")
    let tree = root.appendingPathComponent("tree")
    for d in [outside, tree.appendingPathComponent("b/c"), tree.appendingPathComponent(".hidden")] {
      try fm.createDirectory(at: d, withIntermediateDirectories: true)
    }
    for f in ["b/c/z.txt", "a.html", "b/y.PDF", "notes.docx", ".dot.txt", ".hidden/h.txt"] {
      try Data("x".utf8).write(to: tree.appendingPathComponent(f))
    }
    try Data("x".utf8).write(to: outside.appendingPathComponent("o.txt"))
    try fm.createSymbolicLink(at: tree.appendingPathComponent("link.txt"), withDestinationURL: outside.appendingPathComponent("o.txt"))
    try fm.createSymbolicLink(at: tree.appendingPathComponent("linkdir"), withDestinationURL: outside)
    #expect(mkfifo(tree.appendingPathComponent("fifo.txt").path, 0o600) == 0)

    let (files, missing) = FileCollector.collect([tree.path, tree.appendingPathComponent("a.html").path, "/no/such/dir"])
    let rel = files.map { String($0.dropFirst(tree.path.count + 1)) }
    #expect(rel == ["a.html", "b/c/z.txt", "b/y.PDF"])
    #expect(missing.map(\.path) == ["/no/such/dir"])
  }
}
