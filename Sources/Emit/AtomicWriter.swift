import Foundation

/// Writes files so that a reader never sees half a file: a temporary file in the same folder,
/// then a rename over the target.
public enum AtomicWriter {
  public static func write(_ data: Data, to url: URL) throws {
    try write(to: url) { try $0.write(contentsOf: data) }
  }

  /// Streams the file through `body` in pieces, so a large file (the index of a big batch) is never held whole.
  public static func write(to url: URL, _ body: (FileHandle) throws -> Void) throws {
    let dir = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    } catch {
      throw EmitError.cannotWrite(path: dir.path, reason: error.localizedDescription)
    }
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      guard FileManager.default.createFile(atPath: tmp.path, contents: nil) else {
        throw EmitError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
      }
      let handle = try FileHandle(forWritingTo: tmp)
      do {
        try body(handle)
        try handle.close()
      } catch {
        try? handle.close()
        throw error
      }
      if rename(tmp.path, url.path) != 0 {
        throw EmitError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
      }
    } catch let e as EmitError {
      try? FileManager.default.removeItem(at: tmp)
      throw e
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw EmitError.cannotWrite(path: url.path, reason: error.localizedDescription)
    }
  }
}
