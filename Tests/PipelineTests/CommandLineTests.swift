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
}
