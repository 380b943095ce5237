import Crypto
import Foundation
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
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw IngestError.unreadable(path: path, reason: "no such file")
    }
    if isDir.boolValue { throw IngestError.unreadable(path: path, reason: "it is a folder") }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maxSize {
      throw IngestError.tooLarge(path: path, bytes: size, limit: maxSize)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw IngestError.unreadable(path: path, reason: "permission denied or not a regular file")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maxSize + 1) ?? Data()
    } catch {
      throw IngestError.unreadable(path: path, reason: "\(error.localizedDescription)")
    }
    if data.count > maxSize { throw IngestError.tooLarge(path: path, bytes: data.count, limit: maxSize) }
    if data.isEmpty { throw IngestError.empty(path: path) }
    let bytes = [UInt8](data)
    return SourceFile(path: path, bytes: bytes, sha256: digest ? SourceFile.digest(bytes) : "", format: format)
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
