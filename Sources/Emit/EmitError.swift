/// Why output could not be written.
public enum EmitError: Error, CustomStringConvertible {
  case cannotWrite(path: String, reason: String)

  public var description: String {
    switch self {
    case .cannotWrite(let p, let r): return "\(p): cannot write (\(r)); check the output folder is writable and has space"
    }
  }
}
