import Foundation
import Model

/// Where a match of a word-led expression can start, found by one scan of the UTF-16 units.
///
/// A start is the first letter of a run of ASCII lower-case letters with none just before it, when the run begins
/// with one of `prefixes`, is one of `words`, or ends with one of `endings`; and, when asked, an apostrophe, the
/// first of a run of ASCII digits, any occurrence of one of `anywhere`, any of `chars`, any unit just before one
/// of `before`, the range's start (`rangeStart`, for "^"), and (`nonASCII`, for caseless
/// expressions, whose letters may match others by case folding: "ſ" for "s") every unit above ASCII and every run
/// a unit above ASCII cuts short. A run that is one of `leads` (an optional first word: "the" in
/// "(?:the\s+)?spring") is a start only when whitespace and another start follow it; a run that ends with one of
/// `trailingLeads` (an optional word with no `\b` before it) is one where that word begins, on the same condition. The lists must cover every
/// way the expression can begin: the expression, tried only there, still decides. Scan lowered text
/// (`DocumentText.loweredUTF16`).
struct WordStarts: Sendable {
  /// Prefixes, words, leads and endings.
  private let table: WordTable
  private let apostrophes: Bool
  private let digits: Bool
  private let anywhere: [[UInt16]]
  private let trailingLeads: [[UInt16]]
  private let nonASCII: Bool
  private let longest: Int
  private let chars: [UInt16]
  private let beforeChars: [UInt16]
  private let rangeStart: Bool

  init(
    prefixes: [String] = [], words: [String] = [], endings: [String] = [], apostrophes: Bool = false,
    digits: Bool = false, anywhere: [String] = [], nonASCII: Bool = false, chars: String = "", before: String = "",
    rangeStart: Bool = false, leads: [String] = [], trailingLeads: [String] = []
  ) {
    precondition(
      (leads.isEmpty && trailingLeads.isEmpty) || (chars.isEmpty && before.isEmpty), "WordStarts: leads are read from the index")
    var entries: [(units: [UInt16], kind: WordTable.Kind)] = []
    for (list, kind) in [(prefixes, WordTable.Kind.prefix), (words, .word), (leads, .lead)] {
      for w in list {
        let u = Array(w.utf16)
        precondition(!u.isEmpty && u.allSatisfy(Self.isLower), "WordStarts: \(w) is not lower-case ASCII")
        entries.append((u, kind))
      }
    }
    table = WordTable(entries, endings: endings.map { Array($0.utf16) })
    self.apostrophes = apostrophes
    self.digits = digits
    self.anywhere = anywhere.map { Array($0.utf16) }
    self.trailingLeads = trailingLeads.map { Array($0.utf16) }
    self.nonASCII = nonASCII
    self.chars = Array(chars.utf16)
    self.beforeChars = Array(before.utf16)
    self.rangeStart = rangeStart
    self.longest = (prefixes + words + leads).map { $0.utf16.count }.max() ?? 0
  }

  /// The starts in `range`, read from the document's `WordIndex`: no scan of the text unless `chars` or `before`
  /// ask for one.
  func starts(in index: WordIndex, range: NSRange) -> [Int] {
    if !chars.isEmpty || !beforeChars.isEmpty { return starts(in: index.units, range: range) }
    let units = index.units
    let loc = range.location
    let end = loc + range.length
    guard loc >= 0, end <= units.count, loc < end else { return [] }
    var out: [Int] = []
    var sources = 0
    if rangeStart {
      out.append(loc)
      sources += 1
    }
    // Runs that reach into the range, cut to it: a search of the range sees no letter before its start.
    var k = WordIndex.lowerBound(index.runEnds, loc + 1)
    let before = out.count
    // A whole run whose key has no entries can only be a start by the non-ASCII rule, unless endings, anywhere
    // strings or trailing leads must be looked for inside it.
    let byKey = !table.hasEndings && anywhere.isEmpty && trailingLeads.isEmpty
    units.withUnsafeBufferPointer { u in
      index.runStarts.withUnsafeBufferPointer { runStarts in
        index.runEnds.withUnsafeBufferPointer { runEnds in
          index.runKeys.withUnsafeBufferPointer { runKeys in
            while k < runStarts.count, Int(runStarts[k]) < end {
              let a = max(Int(runStarts[k]), loc)
              let b = min(Int(runEnds[k]), end)
              if byKey, a == Int(runStarts[k]), b == Int(runEnds[k]), !table.hasEntries(runKeys[k]) {
                if nonASCII, b < end, u[b] >= 0x80, b - a < longest { out.append(a) }
                k += 1
                continue
              }
              switch table.verdict(u, a, b - a) {
              case .start: out.append(a)
              case .lead where startFollows(u, runStarts, runEnds, run: k, from: b, before: end): out.append(a)
              default: if nonASCII, b < end, u[b] >= 0x80, b - a < longest { out.append(a) }
              }
              for w in anywhere where w.count <= b - a {
                for p in a...(b - w.count) where Self.occurs(w, at: p, in: units, before: b) { out.append(p) }
              }
              for w in trailingLeads where w.count <= b - a && Self.occurs(w, at: b - w.count, in: units, before: b) {
                if startFollows(u, runStarts, runEnds, run: k, from: b, before: end) { out.append(b - w.count) }
              }
              k += 1
            }
          }
        }
      }
    }
    if out.count > before { sources += 1 }
    func add(_ list: [Int32]) {
      var j = WordIndex.lowerBound(list, loc)
      let from = out.count
      while j < list.count, Int(list[j]) < end {
        out.append(Int(list[j]))
        j += 1
      }
      if out.count > from { sources += 1 }
    }
    if digits {
      // A digit at the range's start starts a run there, whatever comes before it.
      if Self.isDigit(units[loc]), loc > 0, Self.isDigit(units[loc - 1]) {
        out.append(loc)
        sources += 1
      }
      add(index.digitStarts)
    }
    if apostrophes { add(index.apostrophes) }
    if nonASCII { add(index.nonASCII) }
    if sources > 1 || !anywhere.isEmpty || !trailingLeads.isEmpty {
      out.sort()
      var unique: [Int] = []
      unique.reserveCapacity(out.count)
      for p in out where unique.last != p { unique.append(p) }
      return unique
    }
    return out
  }

  /// The same starts found by scanning `units` (lowered), for a text with no index.
  func starts(in units: [UInt16], range: NSRange) -> [Int] {
    var out: [Int] = []
    let end = range.location + range.length
    guard range.location >= 0, end <= units.count else { return out }
    var i = range.location
    while i < end {
      let u = units[i]
      if rangeStart, i == range.location {
        out.append(i)
        i += 1
        continue
      }
      if (apostrophes && u == 0x27) || (nonASCII && u >= 0x80)
        || (digits && Self.isDigit(u) && (i == range.location || !Self.isDigit(units[i - 1])))
        || chars.contains(u) || (i + 1 < end && beforeChars.contains(units[i + 1]))
      {
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
      let start = units.withUnsafeBufferPointer { table.verdict($0, i, j - i) } == .start
      if start || (nonASCII && j < end && units[j] >= 0x80 && j - i < longest) { out.append(i) }
      i = j
    }
    guard !anywhere.isEmpty else { return out }
    var merged: [Int] = []
    var next = 0
    for k in range.location..<end {
      let isStart = next < out.count && out[next] == k
      if isStart { next += 1 }
      if isStart || anywhere.contains(where: { Self.occurs($0, at: k, in: units, before: end) }) { merged.append(k) }
    }
    return merged
  }

  /// Whether a start follows the lead word ending at `from`, past at least one space: a unit above ASCII (which
  /// may be a space, or a letter that folds into one) counts as one.
  private func startFollows(
    _ units: UnsafeBufferPointer<UInt16>, _ runStarts: UnsafeBufferPointer<Int32>, _ runEnds: UnsafeBufferPointer<Int32>,
    run k: Int, from: Int, before end: Int
  ) -> Bool {
    var q = from
    while q < end, Self.isSpace(units[q]) { q += 1 }
    guard q < end else { return false }
    let u = units[q]
    if u >= 0x80 { return true }
    guard q > from else { return false }
    if Self.isDigit(u) { return digits }
    if u == 0x27 { return apostrophes }
    guard Self.isLower(u), k + 1 < runStarts.count, Int(runStarts[k + 1]) == q else { return false }
    let e = min(Int(runEnds[k + 1]), end)
    return table.verdict(units, q, e - q) != .none || (nonASCII && e < end && units[e] >= 0x80 && e - q < longest)
  }

  private static func isLower(_ u: UInt16) -> Bool { u >= 0x61 && u <= 0x7A }
  private static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
  /// ICU's `\s` in ASCII.
  private static func isSpace(_ u: UInt16) -> Bool { u == 0x20 || (u >= 0x09 && u <= 0x0D) }
  private static func occurs(_ s: [UInt16], at i: Int, in units: [UInt16], before end: Int) -> Bool {
    guard i + s.count <= end else { return false }
    for k in 0..<s.count where units[i + k] != s[k] { return false }
    return true
  }
}
