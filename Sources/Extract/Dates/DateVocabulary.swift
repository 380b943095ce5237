/// Words the date rules read: month and weekday names, number words, seasons and terms.
enum DateVocabulary {
  static let monthFull =
    "January|February|March|April|May|June|July|August|September|October|November|December"
  static let monthAbbrev = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
  static let weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
  static let numberWord =
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a|an"

  /// Month number from a full or abbreviated English name ("Sept." included); nil otherwise.
  static func month(_ name: String) -> Int? {
    let key = name.lowercased().prefix(3)
    let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    return names.firstIndex(of: String(key)).map { $0 + 1 }
  }

  static func weekday(_ name: String) -> Int? {
    let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    return names.firstIndex(of: name.lowercased()).map { $0 + 1 }
  }

  /// 0 spring, 1 summer, 2 autumn, 3 winter.
  static func season(_ name: String) -> Int? {
    switch name.lowercased() {
    case "spring": return 0
    case "summer": return 1
    case "autumn", "fall": return 2
    case "winter": return 3
    default: return nil
    }
  }

  /// A count written as digits or as a word ("three", "a").
  static func number(_ word: String) -> Int? {
    if let n = Int(word) { return n }
    let words = [
      "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
      "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
      "thirty": 30,
    ]
    return words[word.lowercased()]
  }

  static func ordinal(_ word: String) -> Int? {
    switch word.lowercased() {
    case "first", "1st", "opening": return 1
    case "second", "2nd": return 2
    case "third", "3rd": return 3
    case "fourth", "4th": return 4
    case "last", "final", "latter", "closing": return -1
    default: return nil
    }
  }
}
