/// `WordStarts`' words, prefixes, leads and endings in flat buffers keyed by a run's first two letters, so
/// classifying a run costs a few loads: it runs once for every run of letters, for every word-led expression.
// @unchecked: the buffers are written once, in init, and only read after.
final class WordTable: @unchecked Sendable {
  enum Kind: UInt8 { case prefix, word, lead }
  /// What a run is to the table.
  enum Verdict { case none, start, lead }

  /// Entries of bucket `k` are `bucketStart[k]..<bucketStart[k + 1]`; 27 × 27 buckets, the 27th second letter
  /// for one-letter runs.
  private let bucketStart: UnsafeMutableBufferPointer<Int32>
  private let entryStart: UnsafeMutableBufferPointer<Int32>
  private let entryLength: UnsafeMutableBufferPointer<Int32>
  private let entryKind: UnsafeMutableBufferPointer<UInt8>
  private let chars: UnsafeMutableBufferPointer<UInt16>
  private let endings: [[UInt16]]

  /// `entries` are lower-case ASCII words.
  init(_ entries: [(units: [UInt16], kind: Kind)], endings: [[UInt16]]) {
    var buckets = [[Int]](repeating: [], count: 27 * 27)
    for (i, e) in entries.enumerated() {
      let first = Int(e.units[0] - 0x61) * 27
      if e.units.count >= 2 {
        buckets[first + Int(e.units[1] - 0x61)].append(i)
      } else if e.kind != .prefix {
        buckets[first + 26].append(i)
      } else {
        for second in 0..<27 { buckets[first + second].append(i) }
      }
    }
    let total = buckets.reduce(0) { $0 + $1.count }
    bucketStart = .allocate(capacity: 27 * 27 + 1)
    entryStart = .allocate(capacity: max(total, 1))
    entryLength = .allocate(capacity: max(total, 1))
    entryKind = .allocate(capacity: max(total, 1))
    let allChars = entries.flatMap(\.units)
    chars = .allocate(capacity: max(allChars.count, 1))
    _ = chars.initialize(from: allChars)
    var charStart = [Int32]()
    var at: Int32 = 0
    for e in entries {
      charStart.append(at)
      at += Int32(e.units.count)
    }
    var slot = 0
    for (k, bucket) in buckets.enumerated() {
      bucketStart[k] = Int32(slot)
      for i in bucket {
        entryStart[slot] = charStart[i]
        entryLength[slot] = Int32(entries[i].units.count)
        entryKind[slot] = entries[i].kind.rawValue
        slot += 1
      }
    }
    bucketStart[27 * 27] = Int32(slot)
    self.endings = endings
  }

  deinit {
    bucketStart.deallocate()
    entryStart.deallocate()
    entryLength.deallocate()
    entryKind.deallocate()
    chars.deallocate()
  }

  /// Whether any word, prefix or lead lies under a run key (`WordIndex.runKeys`).
  @inline(__always)
  func hasEntries(_ key: UInt16) -> Bool { bucketStart[Int(key)] != bucketStart[Int(key) &+ 1] }

  /// Whether any ending is listed: a run must then be read even when its key has no entries.
  var hasEndings: Bool { !endings.isEmpty }

  /// The run `units[a..<a + n]` of lower-case letters: a start (a word, a word's prefix, an ending), a lead, or
  /// neither.
  @inline(__always)
  func verdict(_ units: UnsafeBufferPointer<UInt16>, _ a: Int, _ n: Int) -> Verdict {
    let key = Int(units[a] &- 0x61) &* 27 &+ (n >= 2 ? Int(units[a &+ 1] &- 0x61) : 26)
    var e = Int(bucketStart[key])
    let last = Int(bucketStart[key &+ 1])
    var lead = false
    while e < last {
      let length = Int(entryLength[e])
      let kind = entryKind[e]
      if kind == Kind.prefix.rawValue ? length <= n : length == n {
        let s = Int(entryStart[e])
        var k = 0
        while k < length, units[a &+ k] == chars[s &+ k] { k &+= 1 }
        if k == length {
          if kind != Kind.lead.rawValue { return .start }
          lead = true
        }
      }
      e &+= 1
    }
    for ending in endings where ending.count <= n {
      let from = a &+ n &- ending.count
      var k = 0
      while k < ending.count, units[from &+ k] == ending[k] { k &+= 1 }
      if k == ending.count { return .start }
    }
    return lead ? .lead : .none
  }
}
