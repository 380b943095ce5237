/// Why a file could not be ingested; each case names the file and what the user can do.
public enum IngestError: Error, CustomStringConvertible, Equatable {
  case unreadable(path: String, reason: String)
  case empty(path: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case binary(path: String)
  case undecodable(path: String, reason: String)
  case unsupported(path: String, ext: String)
  case noText(path: String, reason: String)
  case toolMissing(path: String, tool: String, install: String)
  case toolFailed(path: String, tool: String, reason: String)
  case changedDuringRun(path: String)

  public var description: String {
    switch self {
    case .unreadable(let p, let r): return "\(p): cannot read the file (\(r)); check it exists and is readable"
    case .empty(let p): return "\(p): the file is empty; nothing to ingest"
    case .tooLarge(let p, let b, let l):
      return "\(p): \(b) bytes is over the \(l)-byte limit; raise it with --max-size if the file is genuine"
    case .binary(let p): return "\(p): looks like binary data, not text or HTML; check the file type"
    case .undecodable(let p, let r): return "\(p): cannot decode the text (\(r)); re-save it as UTF-8"
    case .unsupported(let p, let e):
      return "\(p): unsupported file type '.\(e)'; pfd reads .txt, .text, .htm, .html and .pdf"
    case .noText(let p, let r): return "\(p): no text to ingest (\(r))"
    case .toolMissing(let p, let t, let i): return "\(p): \(t) is not installed; install it with '\(i)'"
    case .toolFailed(let p, let t, let r): return "\(p): \(t) failed (\(r)); the file may be corrupt or encrypted"
    case .changedDuringRun(let p): return "\(p): the file changed while the batch ran; run the ingest again"
    }
  }
}
