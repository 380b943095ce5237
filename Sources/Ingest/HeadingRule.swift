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
    let words = text.split(separator: " ")
    if mayBeSection(text), numberedSection.firstMatch(in: text, range: full) != nil, words.count <= 16, !text.hasSuffix(".") {
      return 2
    }
    guard standsAlone, words.count <= 14, !mayBeDate(text) || dateOnly.firstMatch(in: text, range: full) == nil
    else { return nil }
    guard let last = text.unicodeScalars.last, !".,;!".unicodeScalars.contains(last) else { return nil }
    // On bytes: Foundation's `contains` costs ~30,000 instructions a call.
    if text.hasPrefix("Dear ") || text.hasPrefix("Yours") || text.utf8.contains(UInt8(ascii: "@")) || text.hasPrefix("[") {
      return nil
    }
    let letters = text.unicodeScalars.filter { CharacterSet.letters.contains($0) }
    guard letters.count >= 2 else { return nil }
    if letters.allSatisfy({ !CharacterSet.lowercaseLetters.contains($0) }) { return 1 }
    guard let first = text.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) || CharacterSet.decimalDigits.contains(first)
    else { return nil }
    return 2
  }
}
