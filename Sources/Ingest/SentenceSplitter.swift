import Foundation
import Model

/// Splits blocks into sentences, for British official prose: titles (Mr, Dr, Rt Hon), abbreviations
/// (e.g., i.e., No., St), initials, decimals and money never end a sentence.
public struct SentenceSplitter: Sendable {
  /// Words that take a full stop without ending a sentence, lower-cased, without the stop.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "revd", "st", "sr", "jr", "hon", "rt", "sgt", "insp",
    "supt", "det", "cllr", "col", "capt", "lt", "gen", "maj", "no", "nos", "vs", "v", "e.g", "i.e", "eg",
    "ie", "cf", "c", "ca", "approx", "para", "paras", "reg", "regs", "s", "ss", "sch", "art", "fig",
    "vol", "ch", "pp", "p", "ref", "tel", "ext", "dept", "govt", "inc", "ltd", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri",
    "sat", "sun", "al", "viz", "est", "min", "max", "hrs", "yrs", "mins", "cl", "reg", "op", "sec",
  ]

  public init() {}

  public func split(_ text: DocumentText, blocks: [Block]) -> [Sentence] {
    // Read from the UTF-16 units: `NSString.character(at:)` made this a quarter of the HTML reader's time.
    var out: [Sentence] = []
    text.utf16.withUnsafeBufferPointer { units in
      for (index, block) in blocks.enumerated() {
        split(units, text.nsRange(block.span)) { out.append(Sentence(span: text.span($0), block: index)) }
      }
    }
    return out
  }

  /// Sentence ranges (UTF-16) inside one block's range, in order.
  private func split(_ s: UnsafeBufferPointer<UInt16>, _ range: NSRange, _ emit: (NSRange) -> Void) {
    let end = range.location + range.length
    var start = range.location
    var i = range.location
    func isSpace(_ c: unichar) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 }
    func isTerminator(_ c: unichar) -> Bool { c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 }
    func isCloser(_ c: unichar) -> Bool {
      c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0x2019 || c == 0x201D || c == 0xBB
    }
    while i < end {
      let c = s[i]
      // Most units are letters, past every terminator but the ellipsis.
      guard c <= 0x3F || c == 0x2026, isTerminator(c) else {
        i += 1
        continue
      }
      // Run of terminators and closing quotes/brackets.
      var j = i + 1
      while j < end, isTerminator(s[j]) || isCloser(s[j]) { j += 1 }
      // Footnote digits glued after the stop ("schools.12 Next") are not handled; need whitespace.
      guard j < end, isSpace(s[j]) else {
        i = j
        continue
      }
      var k = j
      while k < end, isSpace(s[k]) { k += 1 }
      guard k < end else { break }
      if c == 0x2E, !endsSentence(s, period: i, blockStart: start, next: k) {
        i = j
        continue
      }
      emit(NSRange(location: start, length: j - start))
      start = k
      i = k
    }
    if start < end {
      var e = end
      while e > start, isSpace(s[e - 1]) { e -= 1 }
      if e > start { emit(NSRange(location: start, length: e - start)) }
    }
  }

  /// The abbreviations packed as in `packed`, for words met as ASCII.
  private static let packedAbbreviations: Set<UInt64> = Set(abbreviations.compactMap { a in
    packed(Array(a.utf16))
  })

  /// Up to eight ASCII units, A–Z lowered, in one word; nil for longer words (no abbreviation is).
  private static func packed(_ word: some Collection<UInt16>) -> UInt64? {
    guard word.count <= 8 else { return nil }
    var key: UInt64 = 0
    for (i, c) in word.enumerated() {
      let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
      key |= UInt64(lower) << (8 * UInt64(i))
    }
    return key
  }

  /// Whether the full stop at `period` ends a sentence, given the first character after the space.
  private func endsSentence(_ s: UnsafeBufferPointer<UInt16>, period: Int, blockStart: Int, next: Int) -> Bool {
    let n = s[next]
    // A lower-case continuation never starts a sentence.
    if n < 0x80 {
      if n >= 0x61, n <= 0x7A { return false }
    } else if let u = Unicode.Scalar(n), CharacterSet.lowercaseLetters.contains(u) {
      return false
    }
    // The word before the stop.
    var w = period
    while w > blockStart {
      let c = s[w - 1]
      if c == 0x20 || c == 0x28 || c == 0x22 || c == 0x201C || c == 0x2018 { break }
      w -= 1
    }
    return SentenceSplitter.wordEndsSentence(s[w..<period])
  }

  /// Whether a full stop after `word` (UTF-16) ends a sentence: not after an abbreviation, an initial or a
  /// dotted abbreviation.
  static func wordEndsSentence(_ word: some BidirectionalCollection<UInt16>) -> Bool {
    if word.isEmpty { return true }
    // Printable ASCII (most words) is judged on the units, as `wordEndsSentence(unicode:)` would judge it:
    // making a String per full stop and asking CharacterSet was most of the splitter's time.
    guard word.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
      return wordEndsSentence(unicode: String(decoding: word, as: UTF16.self))
    }
    if let key = packed(word), packedAbbreviations.contains(key) { return false }
    func isLetter(_ c: UInt16) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    // One capital letter, last, with at most one other character before it.
    if word.count <= 2, let last = word.last, last >= 0x41, last <= 0x5A,
      word.count == 1 || !isLetter(word.first!)
    {
      return false
    }
    if word.contains(0x2E), word.count <= 6, !word.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return false }
    return true
  }

  /// `wordEndsSentence` by Unicode properties, for any word.
  static func wordEndsSentence(unicode word: String) -> Bool {
    if word.isEmpty { return true }
    let lower = word.lowercased()
    if SentenceSplitter.abbreviations.contains(lower) {
      // "No. 5", "St. Mary's", "Dr. Smith", "e.g. Ofsted": a title or abbreviation before a name or number.
      return false
    }
    // Single initials ("A. Bhardwaj") and dotted abbreviations ("U.K.") are not sentence ends.
    let letters = word.unicodeScalars.filter { CharacterSet.letters.contains($0) }
    // "(school A). Next" is a sentence end: a bracket or quote closes the letter.
    if letters.count == 1, word.unicodeScalars.count <= 2, word.unicodeScalars.last == letters.first,
      CharacterSet.uppercaseLetters.contains(letters.first!)
    {
      return false
    }
    if word.contains("."), word.count <= 6, !word.contains(where: { $0.isNumber }) { return false }
    return true
  }
}
