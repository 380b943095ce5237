import Foundation

/// Where a match of a word-led expression can start, found by one scan of the UTF-16 units.
///
/// A start is the first letter of a run of ASCII lower-case letters with none just before it, when the run begins
/// with one of `prefixes`, is one of `words`, or ends with one of `endings`; or, when asked, an apostrophe. The
/// lists must cover every way the expression can begin: the expression, tried only there, still decides.
struct WordStarts: Sendable {
  private let prefixes: Set<ArraySlice<UInt16>>
  private let prefixLengths: [Int]
  private let words: Set<ArraySlice<UInt16>>
  private let endings: [[UInt16]]
  private let apostrophes: Bool

  init(prefixes: [String] = [], words: [String] = [], endings: [String] = [], apostrophes: Bool = false) {
    self.prefixes = Set(prefixes.map { ArraySlice($0.utf16) })
    self.prefixLengths = Set(prefixes.map { $0.utf16.count }).sorted()
    self.words = Set(words.map { ArraySlice($0.utf16) })
    self.endings = endings.map { Array($0.utf16) }
    self.apostrophes = apostrophes
  }

  func starts(in units: [UInt16], range: NSRange) -> [Int] {
    var out: [Int] = []
    let end = range.location + range.length
    guard range.location >= 0, end <= units.count else { return out }
    var i = range.location
    while i < end {
      let u = units[i]
      if apostrophes, u == 0x27 {
        out.append(i)
        i += 1
        continue
      }
      guard Self.isLower(u) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < end, Self.isLower(units[j]) { j += 1 }
      if accepts(units[i..<j]) { out.append(i) }
      i = j
    }
    return out
  }

  private func accepts(_ run: ArraySlice<UInt16>) -> Bool {
    if words.contains(run) { return true }
    for n in prefixLengths {
      guard n <= run.count else { break }
      if prefixes.contains(run.prefix(n)) { return true }
    }
    for e in endings where e.count <= run.count && run.suffix(e.count).elementsEqual(e) { return true }
    return false
  }

  private static func isLower(_ u: UInt16) -> Bool { u >= 0x61 && u <= 0x7A }
}
