import Foundation

/// Output ids: the file's base name made safe as a file name, unique within a run.
enum DocumentID {
  static func base(forPath path: String) -> String {
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    var out = String.UnicodeScalarView()
    for u in name.unicodeScalars {
      if u.isASCII, u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "-" || u == "_" || u == "." {
        out.append(u)
      } else {
        out.append("-")
      }
    }
    var s = String(out)
    while s.hasPrefix(".") { s.removeFirst() }
    if s.isEmpty { s = "document" }
    return String(s.prefix(120))
  }

  /// Ids for paths in the given (sorted) order; later collisions get "-2", "-3"…
  static func assign(_ paths: [String]) -> [String] {
    var used = Set<String>()
    return paths.map { p in
      let b = base(forPath: p)
      var id = b
      var n = 2
      while used.contains(id.lowercased()) {
        id = "\(b)-\(n)"
        n += 1
      }
      used.insert(id.lowercased())
      return id
    }
  }
}
