import Crypto
import Foundation
#if canImport(Glibc)
  import Glibc
  /// `read(2)`, named apart from `SourceFile.read`.
  private let systemRead = Glibc.read
#else
  import Darwin
  private let systemRead = Darwin.read
#endif
import Model

/// A file's bytes as read from disk, with its digest and the format its name implies.
public struct SourceFile: Sendable {
  public let path: String
  public let bytes: [UInt8]
  /// Lower-case hex SHA-256 of `bytes`; empty when read with `digest: false`.
  public let sha256: String
  public let format: DocumentFormat

  public static let defaultMaxSize = 50 * 1024 * 1024

  /// The format for a file name, or nil when pfd does not read that kind of file.
  public static func format(forPath path: String) -> DocumentFormat? {
    switch (path as NSString).pathExtension.lowercased() {
    case "txt", "text": return .text
    case "htm", "html", "xhtml": return .html
    case "pdf": return .pdf
    default: return nil
    }
  }

  /// Reads a file, refusing what cannot be ingested with a one-line reason.
  /// `digest: false` leaves `sha256` empty, for readers that never record it (`pfd parse`): hashing was 7% of one.
  public static func read(path: String, maxSize: Int = defaultMaxSize, digest: Bool = true) throws -> SourceFile {
    guard let format = format(forPath: path) else {
      throw IngestError.unsupported(path: path, ext: (path as NSString).pathExtension)
    }
    let bytes = try readBytes(path: path, maxSize: maxSize)
    return SourceFile(path: path, bytes: bytes, sha256: digest ? SourceFile.digest(bytes) : "", format: format)
  }

  /// One open, one `fstat` and the reads: Foundation's `fileExists`, `attributesOfItem` and `FileHandle` made some
  /// 30 system calls a file, a fifth of `pfd parse`'s time. Non-blocking, so a FIFO is refused rather than waited on.
  private static func readBytes(path: String, maxSize: Int) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      throw IngestError.unreadable(
        path: path, reason: code == ENOENT || code == ENOTDIR ? "no such file" : "permission denied or not a regular file")
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw IngestError.unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR { throw IngestError.unreadable(path: path, reason: "it is a folder") }
    guard kind == S_IFREG else { throw IngestError.unreadable(path: path, reason: "permission denied or not a regular file") }
    let size = Int(info.st_size)
    if size > maxSize { throw IngestError.tooLarge(path: path, bytes: size, limit: maxSize) }
    // Read to the end, not to the size fstat gave: the file may be growing. One byte more than the limit is
    // enough to refuse it.
    var bytes = [UInt8](repeating: 0, count: min(maxSize, size) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        guard bytes.count <= maxSize else { break }
        bytes.append(contentsOf: repeatElement(0, count: min(maxSize + 1, bytes.count * 2) - bytes.count))
      }
      let n = bytes.withUnsafeMutableBytes { buffer in
        systemRead(fd, buffer.baseAddress! + count, buffer.count - count)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw IngestError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      count += n
    }
    if count > maxSize { throw IngestError.tooLarge(path: path, bytes: count, limit: maxSize) }
    if count == 0 { throw IngestError.empty(path: path) }
    bytes.removeLast(bytes.count - count)
    return bytes
  }

  public init(path: String, bytes: [UInt8], format: DocumentFormat) {
    self.init(path: path, bytes: bytes, sha256: SourceFile.digest(bytes), format: format)
  }

  private init(path: String, bytes: [UInt8], sha256: String, format: DocumentFormat) {
    self.path = path
    self.bytes = bytes
    self.sha256 = sha256
    self.format = format
  }

  /// Lower-case hex SHA-256 of the bytes.
  public static func digest(_ bytes: [UInt8]) -> String {
    hex(SHA256.hash(data: bytes))
  }

  /// Bytes as lower-case hexadecimal, two digits each: how `sha256` is written.
  public static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// True when the bytes look binary: NUL bytes or many control characters near the start.
  var looksBinary: Bool {
    let head = bytes.prefix(8192)
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }  // UTF-16
    var controls = 0
    for b in head {
      if b == 0 { return true }
      if b < 0x09 || (b > 0x0D && b < 0x20) { controls += 1 }
    }
    return controls * 20 > head.count
  }
}
