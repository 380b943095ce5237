import Foundation

/// Reads the numeric value of a figure's number: digits with commas and decimals, a number word,
/// and an optional scale word ("£1.5 million", "0.5 million", "£42m").
enum FigureNumber {
  static let words: [String: Double] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "twice": 2,
  ]

  static let scales: [String: Double] = [
    "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3,
  ]

  /// Alternation of the number words, longest first so "seventeen" wins over "seven".
  static let wordPattern: String = words.keys.filter { $0 != "twice" }
    .sorted { $0.count > $1.count }.joined(separator: "|")

  /// The value of a number phrase, ignoring a leading currency sign; nil if it holds no number.
  static func value(of text: String) -> Double? {
    let lower = text.lowercased()
    if let w = words[lower.trimmingCharacters(in: .whitespaces)] { return w }
    var digits = ""
    var rest = Substring(lower)
    if let first = rest.firstIndex(where: { $0.isASCII && $0.isNumber }) {
      rest = rest[first...]
    } else {
      return nil
    }
    while let c = rest.first, (c.isASCII && c.isNumber) || c == "," || c == "." {
      if c != "," { digits.append(c) }
      rest = rest.dropFirst()
    }
    while digits.hasSuffix(".") { digits.removeLast() }
    guard var v = Double(digits) else { return nil }
    let scaleWord = rest.trimmingCharacters(in: .whitespaces).prefix { $0.isLetter }
    if let s = scales[String(scaleWord)] { v *= s }
    return v
  }
}
