extension String {
  /// How many Unicode scalars are not white space (the White_Space property), read from UTF-8 bytes.
  ///
  /// Asking each scalar for `properties.isWhitespace` went through a Unicode table per character and was a third
  /// of the HTML reader's time; the property holds only 25 scalars, so the bytes can be checked directly.
  public var nonWhitespaceScalarCount: Int {
    var s = self
    return s.withUTF8 { $0.nonWhitespaceScalarCount }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// How many Unicode scalars of this valid UTF-8 are not white space, as `String.nonWhitespaceScalarCount`.
  public var nonWhitespaceScalarCount: Int {
    guard let base = baseAddress else { return 0 }
    let b = self
    var n = 0
    var i = 0
    let c = b.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    while i < c {
      // Eight ASCII bytes at a time: flag bytes 0x09–0x0D and 0x20 in their high bits, then count the flags.
      if i + 8 <= c {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if w & (0x80 &* ones) == 0 {
          let control = (w &+ 0x77 &* ones) & ~(w &+ 0x72 &* ones)
          let space = ~((w ^ (0x20 &* ones)) &+ 0x7F &* ones)
          n += 8 - ((control | space) & (0x80 &* ones)).nonzeroBitCount
          i += 8
          continue
        }
      }
      let x = b[i]
      if x < 0x80 {
        if x != 0x20, x < 0x09 || x > 0x0D { n += 1 }
        i += 1
        continue
      }
      var space = false
      if x == 0xC2, i + 1 < c {
        space = b[i + 1] == 0x85 || b[i + 1] == 0xA0  // NEL, no-break space
      } else if x == 0xE1, i + 2 < c {
        space = b[i + 1] == 0x9A && b[i + 2] == 0x80  // ogham space mark
      } else if x == 0xE2, i + 2 < c {
        let y = b[i + 1]
        let z = b[i + 2]
        // U+2000–200A, line and paragraph separators, narrow no-break space, medium mathematical space
        space = (y == 0x80 && (z <= 0x8A || z == 0xA8 || z == 0xA9 || z == 0xAF)) || (y == 0x81 && z == 0x9F)
      } else if x == 0xE3, i + 2 < c {
        space = b[i + 1] == 0x80 && b[i + 2] == 0x80  // ideographic space
      }
      if !space { n += 1 }
      i += x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : 2
    }
    return n
  }
}
