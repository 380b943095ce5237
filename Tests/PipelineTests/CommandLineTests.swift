import Foundation
import Testing

/// Runs the built `pfd` binary, as a user would.
@Suite struct CommandLineTests {
  static var binary: URL? {
    // swift test puts the products beside the test bundle.
    var dir = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = dir.appendingPathComponent("pfd")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return nil
  }

  func run(_ args: [String]) throws -> (Int32, String, String) {
    let p = Process()
    p.executableURL = Self.binary!
    p.arguments = args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  @Test(.enabled(if: binary != nil, "the pfd binary was not built beside the tests"))
  func exitStatusAndOneLinePerBadFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Data("We will publish the plan by March 2024.".utf8).write(to: dir.appendingPathComponent("ok.txt"))
    try Data().write(to: dir.appendingPathComponent("empty.txt"))
    let out = dir.appendingPathComponent("out")
    let (status, stdout, stderr) = try run(["ingest", dir.path, "--out", out.path])
    #expect(status == 1)
    #expect(stdout.contains("1 ingested"))
    let lines = stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
    #expect(lines.count == 1)
    #expect(lines.first?.contains("empty.txt") == true)
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("documents/ok.json").path))
  }

  @Test(.enabled(if: binary != nil, "the pfd binary was not built beside the tests"))
  func helpAndBadFlags() throws {
    let (status, stdout, _) = try run(["ingest", "--help"])
    #expect(status == 0)
    #expect(stdout.contains("--max-size"))
    let (bad, _, stderr) = try run(["ingest", "x", "--jobs", "0"])
    #expect(bad != 0)
    #expect(stderr.contains("--jobs"))
  }

  @Test(.enabled(if: binary != nil, "the pfd binary was not built beside the tests"))
  func parseWritesOneLinePerDocumentInFileOrder() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-parse-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Data("<html><body><h1>Reply</h1><p>Dr. Smith met us. We will act by May.</p></body></html>".utf8)
      .write(to: dir.appendingPathComponent("a.html"))
    try Data("Ofsted will publish “its” plan.\n\nIt was heard.".utf8).write(to: dir.appendingPathComponent("b.txt"))
    try Data().write(to: dir.appendingPathComponent("c.txt"))
    let (status, stdout, stderr) = try run(["parse", dir.path, "--jobs", "2"])
    #expect(status == 1)
    #expect(stderr.split(separator: "\n").filter { $0.hasPrefix("error:") && $0.contains("c.txt") }.count == 1)
    let lines = stdout.split(separator: "\n")
    #expect(lines.count == 2)
    var sentences: [[String]] = []
    for line in lines {
      let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      let scalars = Array((json["text"] as! String).unicodeScalars)
      sentences.append((json["sentences"] as! [[String: Any]]).map { s in
        let span = s["span"] as! [Int]
        return String(String.UnicodeScalarView(scalars[span[0]..<span[1]]))
      })
    }
    #expect(sentences == [["Reply", "Dr. Smith met us.", "We will act by May."], ["Ofsted will publish “its” plan.", "It was heard."]])
  }
}
