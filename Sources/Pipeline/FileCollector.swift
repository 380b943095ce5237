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
        walk(p, relative: "", into: &found)
        for f in found.sorted() where seen.insert(f).inserted { out.append(f) }
      } else if seen.insert(p).inserted {
        out.append(p)
      }
    }
    return (out, missing)
  }

  /// Regular files pfd can read under `folder`, by `lstat`: hidden names are skipped, and neither symbolic links
  /// nor what they point to are followed, as `FileManager`'s enumerator did; it cost some ten system calls a file.
  private static func walk(_ folder: String, relative: String, into found: inout [String]) {
    let here = relative.isEmpty ? folder : (folder as NSString).appendingPathComponent(relative)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: here) else { return }
    for name in names where !name.hasPrefix(".") {
      let rel = relative.isEmpty ? name : relative + "/" + name
      let full = (folder as NSString).appendingPathComponent(rel)
      var info = stat()
      guard lstat(full, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFDIR: walk(folder, relative: rel, into: &found)
      case S_IFREG where SourceFile.format(forPath: name) != nil: found.append(full)
      default: continue
      }
    }
  }
}
