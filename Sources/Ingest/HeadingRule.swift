import Foundation

/// Decides whether a one-line unit of plain text is a heading, and its level.
enum HeadingRule {
  private static let numberedSection = try! NSRegularExpression(
    pattern: #"^(?:(?:the\s+)?coroner['’]s\s+concerns?|matters?\s+of\s+concern|concern|recommendation|response\s+to\s+concern|section|part|theme|area\s+of\s+concern)\b[^.]{0,80}$"#,
    options: [.caseInsensitive])
  private static let dateOnly = try! NSRegularExpression(
    pattern: #"^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}$|^[A-Za-z]+\s+\d{1,2},?\s+\d{4}$"#)

  /// 1 for a title or an all-capitals section heading, 2 for other headings, nil for prose.
  static func level(of text: String, standsAlone: Bool) -> Int? {
    let ns = text as NSString
    let full = NSRange(location: 0, length: ns.length)
    guard text.count <= 120 else { return nil }
    let words = text.split(separator: " ")
    if numberedSection.firstMatch(in: text, range: full) != nil, words.count <= 16, !text.hasSuffix(".") {
      return 2
    }
    guard standsAlone, words.count <= 14, dateOnly.firstMatch(in: text, range: full) == nil else { return nil }
    guard let last = text.unicodeScalars.last, !".,;!".unicodeScalars.contains(last) else { return nil }
    if text.hasPrefix("Dear ") || text.hasPrefix("Yours") || text.contains("@") || text.hasPrefix("[") { return nil }
    let letters = text.unicodeScalars.filter { CharacterSet.letters.contains($0) }
    guard letters.count >= 2 else { return nil }
    if letters.allSatisfy({ !CharacterSet.lowercaseLetters.contains($0) }) { return 1 }
    guard let first = text.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) || CharacterSet.decimalDigits.contains(first)
    else { return nil }
    return 2
  }
}
