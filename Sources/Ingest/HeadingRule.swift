import Foundation

/// Decides whether a one-line unit of plain text is a heading, and its level.
enum HeadingRule {
  static let numberedSection = try! NSRegularExpression(
    pattern: #"^(?:(?:the\s+)?coroner['’]s\s+concerns?|matters?\s+of\s+concern|concern|recommendation|response\s+to\s+concern|section|part|theme|area\s+of\s+concern)\b[^.]{0,80}$"#,
    options: [.caseInsensitive])
  static let dateOnly = try! NSRegularExpression(
    pattern: #"^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}$|^[A-Za-z]+\s+\d{1,2},?\s+\d{4}$"#)

  /// False when `numberedSection` cannot match: it is anchored and every alternative starts with one of these
  /// letters (caseless, so a non-ASCII first letter is left to the expression).
  static func mayBeSection(_ text: String) -> Bool {
    guard let b = text.utf8.first else { return false }
    return b >= 0x80 || "tcmrspaTCMRSPA".utf8.contains(b)
  }

  /// False when `dateOnly` cannot match: both alternatives end in a digit, before an optional final line end.
  static func mayBeDate(_ text: String) -> Bool {
    guard let b = text.utf8.last else { return false }
    return b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x0A && b <= 0x0D)
  }

  /// 1 for a title or an all-capitals section heading, 2 for other headings, nil for prose.
  static func level(of text: String, standsAlone: Bool) -> Int? {
    let ns = text as NSString
    let full = NSRange(location: 0, length: ns.length)
    // No more characters than bytes: count graphemes only for a long line.
    guard text.utf8.count <= 120 || text.count <= 120 else { return nil }
    let words = wordCount(text)
    if mayBeSection(text), numberedSection.firstMatch(in: text, range: full) != nil, words <= 16, !text.hasSuffix(".") {
      return 2
    }
    guard standsAlone, words <= 14, !mayBeDate(text) || dateOnly.firstMatch(in: text, range: full) == nil
    else { return nil }
    guard let last = text.unicodeScalars.last, !".,;!".unicodeScalars.contains(last) else { return nil }
    // On bytes: Foundation's `contains` costs ~30,000 instructions a call.
    if text.hasPrefix("Dear ") || text.hasPrefix("Yours") || text.utf8.contains(UInt8(ascii: "@")) || text.hasPrefix("[") {
      return nil
    }
    let letters = text.unicodeScalars.filter(isLetter)
    guard letters.count >= 2 else { return nil }
    if letters.allSatisfy({ !isLowercase($0) }) { return 1 }
    guard let first = text.unicodeScalars.first, isUppercase(first) || isDigit(first) else { return nil }
    return 2
  }

  /// The words `text.split(separator: " ")` gives, counted on bytes when the text is ASCII (a grapheme split
  /// cost ~18,000 instructions a line).
  static func wordCount(_ text: String) -> Int {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").count }
    var count = 0
    var inWord = false
    for b in text.utf8 {
      if b == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  // `CharacterSet` membership, answered for ASCII without a lookup (~50,000 instructions a heading before).
  private static func isLetter(_ s: Unicode.Scalar) -> Bool {
    s.isASCII ? (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A : CharacterSet.letters.contains(s)
  }
  private static func isLowercase(_ s: Unicode.Scalar) -> Bool {
    s.isASCII ? s.value >= 0x61 && s.value <= 0x7A : CharacterSet.lowercaseLetters.contains(s)
  }
  private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
    s.isASCII ? s.value >= 0x41 && s.value <= 0x5A : CharacterSet.uppercaseLetters.contains(s)
  }
  private static func isDigit(_ s: Unicode.Scalar) -> Bool {
    s.isASCII ? s.value >= 0x30 && s.value <= 0x39 : CharacterSet.decimalDigits.contains(s)
  }
}
