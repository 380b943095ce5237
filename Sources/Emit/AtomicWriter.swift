import Foundation

/// Writes files so that a reader never sees half a file: a temporary file in the same folder,
/// then a rename over the target.
public enum AtomicWriter {
  public static func write(_ data: Data, to url: URL) throws {
    let dir = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    } catch {
      throw EmitError.cannotWrite(path: dir.path, reason: error.localizedDescription)
    }
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: tmp)
      if rename(tmp.path, url.path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: tmp)
        throw EmitError.cannotWrite(path: url.path, reason: reason)
      }
    } catch let e as EmitError {
      throw e
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw EmitError.cannotWrite(path: url.path, reason: error.localizedDescription)
    }
  }
}
