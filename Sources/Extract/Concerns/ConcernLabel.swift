import Foundation

/// Reads the numbers coroners and respondents put on concerns: list markers ("1.", "(b)"),
/// number words ("three") and ordinals ("second").
enum ConcernLabel {
  static let words = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "firstly": 1, "secondly": 2, "thirdly": 3, "fourthly": 4,
    "fifthly": 5, "sixthly": 6, "seventhly": 7, "lastly": -1, "finally": -1,
  ]

  /// A number from digits, a number word or an ordinal; nil otherwise.
  static func number(_ token: String) -> Int? {
    if let n = Int(token), n > 0, n < 100 { return n }
    return words[token.lowercased()].flatMap { $0 > 0 ? $0 : nil }
  }

  enum Style: Equatable { case digit, letter, roman, bullet }

  /// The style and value of a block marker: "(3)" → (.digit, 3), "b)" → (.letter, 2), "ii." → (.roman, 2).
  static func parse(marker: String, previousLetter: Int? = nil) -> (style: Style, value: Int)? {
    let core = marker.trimmingCharacters(in: CharacterSet(charactersIn: "().: "))
    guard !core.isEmpty else { return (.bullet, 0) }
    if let n = Int(core) { return (.digit, n) }
    // "2a" is a sub-point of 2: the digits carry the number.
    if let first = core.unicodeScalars.first, CharacterSet.decimalDigits.contains(first) {
      let digits = core.prefix { $0.isNumber }
      return Int(digits).map { (.digit, $0) }
    }
    let lower = core.lowercased()
    if let r = roman(lower) {
      // "i" after "h" is a letter, not a roman one.
      let asLetter = lower.count == 1 ? Int(lower.unicodeScalars.first!.value) - 96 : nil
      if let asLetter, let previousLetter, previousLetter == asLetter - 1 { return (.letter, asLetter) }
      return (.roman, r)
    }
    if lower.count == 1, let u = lower.unicodeScalars.first, u.value >= 97, u.value <= 122 {
      return (.letter, Int(u.value) - 96)
    }
    return (.bullet, 0)
  }

  static func roman(_ s: String) -> Int? {
    let table: [String: Int] = [
      "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
    ]
    return table[s]
  }
}
