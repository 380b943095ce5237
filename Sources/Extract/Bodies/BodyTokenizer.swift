import Foundation
import Model

/// Splits text into words and single punctuation marks in one pass over its UTF-16 units.
enum BodyTokenizer {
  static func tokens(_ s: some UTF16Text) -> [BodyToken] {
    let buffer = s.units
    let n = buffer.count
    var out: [BodyToken] = []
    out.reserveCapacity(n / 5)
    var i = 0
    var sawBreak = true
    while i < n {
      let u = buffer[i]
      if isSpace(u) {
        if u == 0x0A || u == 0x0D || u == 0x2029 || u == 0x2028 { sawBreak = true }
        i += 1
        continue
      }
      let start = i
      if isAlnum(u) {
        var curly = false
        i += 1
        while i < n {
          let c = buffer[i]
          if isAlnum(c) { i += 1; continue }
          // Keep "Stoke-on-Trent" and "Women's" whole, but split a possessive "'s" off so "NHS England's" matches.
          if (c == 0x2D || c == 0x2019 || c == 0x27), i + 1 < n, isAlnum(buffer[i + 1]) {
            if c != 0x2D, buffer[i + 1] == 0x73 || buffer[i + 1] == 0x53, i + 2 >= n || !isAlnum(buffer[i + 2]) { break }
            if c == 0x2019 { curly = true }
            i += 2
            continue
          }
          break
        }
        let range = NSRange(location: start, length: i - start)
        let text: String
        let key: String
        if let ascii = Self.ascii(buffer, start, i) {
          // Most words are ASCII: build them from bytes, not through NSString's UTF-16 bridge.
          text = ascii.text
          key = ascii.key
        } else {
          let raw = s.substring(with: range)
          text = curly ? raw.replacingOccurrences(of: "’", with: "'") : raw
          key = text.lowercased()
        }
        out.append(BodyToken(range: range, text: text, key: key, isWord: true, breakBefore: sawBreak))
      } else if (u == 0x27 || u == 0x2019), i + 1 < n, buffer[i + 1] == 0x73 || buffer[i + 1] == 0x53,
        i + 2 >= n || !isAlnum(buffer[i + 2])
      {
        i += 2
        out.append(BodyToken(range: NSRange(location: start, length: 2), text: "'s", key: "'s", isWord: false, breakBefore: sawBreak))
      } else {
        i += 1
        let text: String
        switch u {
        case 0x2019, 0x2018: text = "'"
        default: text = String(utf16CodeUnits: [u], count: 1)
        }
        out.append(BodyToken(range: NSRange(location: start, length: 1), text: text, key: text == "&" ? "and" : text, isWord: false, breakBefore: sawBreak))
      }
      sawBreak = false
    }
    return out
  }

  static func tokens(_ s: String) -> [BodyToken] { tokens(s as NSString) }

  /// The word and its lower-case key when every unit of `buffer[start..<end]` is ASCII.
  static func ascii(_ buffer: [unichar], _ start: Int, _ end: Int) -> (text: String, key: String)? {
    for k in start..<end where buffer[k] >= 0x80 { return nil }
    // Both strings written straight from the units: no intermediate byte array, no second pass to lower.
    let text = String(unsafeUninitializedCapacity: end - start) { out in
      for k in start..<end { out[k - start] = UInt8(truncatingIfNeeded: buffer[k]) }
      return end - start
    }
    let key = String(unsafeUninitializedCapacity: end - start) { out in
      for k in start..<end {
        let b = UInt8(truncatingIfNeeded: buffer[k])
        out[k - start] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      }
      return end - start
    }
    return (text, key)
  }

  @inline(__always) static func isSpace(_ u: unichar) -> Bool {
    u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0xA0 || u == 0x2028 || u == 0x2029
      || (u >= 0x2000 && u <= 0x200B) || u == 0x202F || u == 0x3000 || u == 0x0C || u == 0x0B
  }

  @inline(__always) static func isAlnum(_ u: unichar) -> Bool {
    if u < 0x80 {
      return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A)
    }
    guard u < 0xD800 || u > 0xDFFF, let scalar = Unicode.Scalar(u) else { return false }
    return scalar.properties.isAlphabetic
  }
}
