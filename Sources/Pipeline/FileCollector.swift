import Foundation
import Ingest

/// Expands the paths a user gives into the files to ingest, in a stable order.
enum FileCollector {
  struct Missing {
    var path: String
    var error: IngestError { .unreadable(path: path, reason: "no such file or folder") }
    var reason: String { error.description }
  }

  /// Files under folders are those pfd can read (by extension), recursively, sorted; files named
  /// directly are kept whatever their extension, so the user hears why one is refused.
  static func collect(_ paths: [String]) -> ([String], [Missing]) {
    var out: [String] = []
    var missing: [Missing] = []
    var seen = Set<String>()
    for p in paths {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
        missing.append(Missing(path: p))
        continue
      }
      if isDir.boolValue {
        var found: [String] = []
        let base = URL(fileURLWithPath: p)
        if let e = FileManager.default.enumerator(
          at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        {
          for case let url as URL in e {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            guard isFile, SourceFile.format(forPath: url.path) != nil else { continue }
            let rel = String(url.path.dropFirst(base.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            found.append((p as NSString).appendingPathComponent(rel))
          }
        }
        for f in found.sorted() where seen.insert(f).inserted { out.append(f) }
      } else if seen.insert(p).inserted {
        out.append(p)
      }
    }
    return (out, missing)
  }
}
