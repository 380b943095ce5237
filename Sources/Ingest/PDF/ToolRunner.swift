import Foundation

/// Runs an external tool with a time limit, capturing its output in files rather than pipes so a
/// chatty tool cannot block on a full pipe while we wait for it.
struct ToolRunner {
  /// How the run ended.
  enum Outcome: Equatable {
    case exited(code: Int32, stdout: Data, stderr: Data)
    case timedOut
    case launchFailed(String)
  }

  var executable: String
  var timeout: TimeInterval
  /// How long a tool gets to exit after SIGTERM before it is sent SIGKILL.
  var killGrace: TimeInterval = 2

  /// The executable for `tool`: a path is taken as is, a bare name is looked up on PATH.
  static func locate(_ tool: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
    let fm = FileManager.default
    if tool.contains("/") { return fm.isExecutableFile(atPath: tool) ? tool : nil }
    for dir in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where !dir.isEmpty {
      let candidate = String(dir) + "/" + tool
      if fm.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  func run(_ arguments: [String]) -> Outcome {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("pfd-tool-\(UUID().uuidString)")
    do {
      try fm.createDirectory(at: dir, withIntermediateDirectories: true)
    } catch {
      return .launchFailed("cannot create a temporary folder: \(error.localizedDescription)")
    }
    defer { try? fm.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("stdout")
    let errURL = dir.appendingPathComponent("stderr")
    guard fm.createFile(atPath: outURL.path, contents: nil), fm.createFile(atPath: errURL.path, contents: nil),
      let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL)
    else { return .launchFailed("cannot create temporary output files") }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    do {
      try process.run()
    } catch {
      try? out.close()
      try? err.close()
      return .launchFailed(error.localizedDescription)
    }
    try? out.close()
    try? err.close()

    if done.wait(timeout: .now() + max(timeout, 0.01)) == .timedOut {
      process.terminate()  // SIGTERM first: a well-behaved tool cleans up and exits.
      if done.wait(timeout: .now() + killGrace) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        _ = done.wait(timeout: .now() + 5)
      }
      return .timedOut
    }
    let stdout = (try? Data(contentsOf: outURL)) ?? Data()
    let stderr = (try? Data(contentsOf: errURL)) ?? Data()
    return .exited(code: process.terminationStatus, stdout: stdout, stderr: stderr)
  }
}
