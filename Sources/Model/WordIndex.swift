/// Where the runs of letters, the runs of digits, the apostrophes and the units above ASCII lie in a document's
/// lowered UTF-16 units: found in one pass, then read by every expression that is tried only where a word can
/// start it, instead of each expression scanning the text again.
public struct WordIndex: Sendable {
  /// The lowered units the index describes.
  public let units: [UInt16]
  /// Runs of `a`–`z`, in order: `runStarts[k]..<runEnds[k]`.
  public let runStarts: [Int32]
  public let runEnds: [Int32]
  /// Each run's first two letters as `(first − "a") × 27 + (second − "a")`, or `+ 26` for a one-letter run: the
  /// key a word list is bucketed by, so a list with no word under it skips the run at once.
  public let runKeys: [UInt16]
  /// The first digit of each run of `0`–`9`.
  public let digitStarts: [Int32]
  public let apostrophes: [Int32]
  public let nonASCII: [Int32]

  public init(lowered units: [UInt16]) {
    self.units = units
    var runStarts: [Int32] = []
    var runEnds: [Int32] = []
    var runKeys: [UInt16] = []
    var digitStarts: [Int32] = []
    var apostrophes: [Int32] = []
    var nonASCII: [Int32] = []
    runStarts.reserveCapacity(units.count / 5)
    runEnds.reserveCapacity(units.count / 5)
    runKeys.reserveCapacity(units.count / 5)
    var i = 0
    let n = units.count
    while i < n {
      let u = units[i]
      if u >= 0x61 && u <= 0x7A {
        let start = i
        i += 1
        while i < n, units[i] >= 0x61 && units[i] <= 0x7A { i += 1 }
        runStarts.append(Int32(start))
        runEnds.append(Int32(i))
        runKeys.append((u &- 0x61) &* 27 &+ (i - start >= 2 ? units[start + 1] &- 0x61 : 26))
        continue
      }
      if u >= 0x30 && u <= 0x39 {
        if i == 0 || !(units[i - 1] >= 0x30 && units[i - 1] <= 0x39) { digitStarts.append(Int32(i)) }
      } else if u == 0x27 {
        apostrophes.append(Int32(i))
      } else if u >= 0x80 {
        nonASCII.append(Int32(i))
      }
      i += 1
    }
    self.runStarts = runStarts
    self.runEnds = runEnds
    self.runKeys = runKeys
    self.digitStarts = digitStarts
    self.apostrophes = apostrophes
    self.nonASCII = nonASCII
  }

  /// The index of the first element of `sorted` that is `value` or more.
  public static func lowerBound(_ sorted: [Int32], _ value: Int) -> Int {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(sorted[mid]) < value { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
