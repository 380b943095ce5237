/// Why output could not be written.
public enum EmitError: Error, CustomStringConvertible {
  case cannotWrite(path: String, reason: String)
  /// A value `JSONOutput` cannot write as `JSONEncoder` would; `path` is its coding path.
  case cannotEncode(path: String, reason: String)

  public var description: String {
    switch self {
    case .cannotWrite(let p, let r): return "\(p): cannot write (\(r)); check the output folder is writable and has space"
    case .cannotEncode(let p, let r): return "cannot write \(p.isEmpty ? "the value" : p) as JSON: \(r)"
    }
  }
}
