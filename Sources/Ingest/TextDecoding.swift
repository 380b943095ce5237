import Foundation

/// Decodes text bytes: a BOM wins, then a declared charset, then strict UTF-8, then Windows-1252.
enum TextDecoding {
  struct Result {
    var string: String
    /// How many bytes could not be decoded and became U+FFFD.
    var replaced: Int
    var encoding: String
  }

  static func decode(_ bytes: [UInt8], declared: String? = nil) -> Result {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return utf8(Array(bytes.dropFirst(3)))
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let big = bytes[0] == 0xFE
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var i = 2
      while i + 1 < bytes.count {
        units.append(big ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
        i += 2
      }
      let s = String(decoding: units, as: UTF16.self)
      return Result(string: s, replaced: s.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count, encoding: "UTF-16")
    }
    if let d = declared?.lowercased() {
      if ["iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "us-ascii", "ascii"].contains(d) {
        // Browsers treat all of these as Windows-1252; so do we.
        if String(validatingUTF8CString: bytes) == nil { return windows1252(bytes) }
      }
    }
    if let s = String(validating: bytes, as: UTF8.self) {
      return Result(string: s, replaced: 0, encoding: "UTF-8")
    }
    // Mostly-valid UTF-8 with a few bad bytes stays UTF-8 with replacements; otherwise it is 1252.
    let repaired = utf8(bytes)
    let highBytes = bytes.lazy.filter { $0 >= 0x80 }.count
    if repaired.replaced * 4 < highBytes { return repaired }
    return windows1252(bytes)
  }

  private static func utf8(_ bytes: [UInt8]) -> Result {
    let s = String(decoding: bytes, as: UTF8.self)
    let n = s.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
    return Result(string: s, replaced: n, encoding: "UTF-8")
  }

  private static let cp1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
    0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0xFFFD, 0x017E, 0x0178,
  ]

  static func windows1252(_ bytes: [UInt8]) -> Result {
    var s = String.UnicodeScalarView()
    var replaced = 0
    for b in bytes {
      let v: UInt32 = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
      if v == 0xFFFD { replaced += 1 }
      s.append(Unicode.Scalar(v)!)
    }
    return Result(string: String(s), replaced: replaced, encoding: "windows-1252")
  }
}

extension String {
  fileprivate init?(validatingUTF8CString bytes: [UInt8]) {
    guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
    self = s
  }
}
