import Foundation

/// Repairs words hyphenated across a line wrap: "imple-" + "mentation" becomes one word, while
/// compounds such as "long-term" keep their hyphen. The document's own vocabulary decides first.
struct Hyphenation {
  /// Lower-cased words of the document, hyphenated compounds included.
  var vocabulary: Set<String>

  /// First halves that are usually a compound's own word, not a syllable.
  private static let compoundHeads: Set<String> = [
    "self", "well", "non", "multi", "cross", "long", "short", "high", "low", "full", "part", "post", "anti",
    "semi", "ex", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "second", "third", "face", "day", "end", "mid", "follow", "step", "sign", "hand", "check", "co", "case",
    "year", "month", "week", "time", "risk", "life", "age", "user", "patient", "family", "person", "staff",
  ]

  init(lines: [String]) {
    var words = Set<String>()
    for line in lines {
      var current = String.UnicodeScalarView()
      for s in line.lowercased().unicodeScalars {
        if CharacterSet.letters.contains(s) || (s == "-" && !current.isEmpty) {
          current.append(s)
        } else {
          if !current.isEmpty { words.insert(String(current)) }
          current = .init()
        }
      }
      if !current.isEmpty { words.insert(String(current)) }
    }
    vocabulary = words
  }

  /// `left` followed by `right` on the next line, as one run of text.
  func join(_ left: String, _ right: String) -> String {
    guard left.hasSuffix("-"), let first = right.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first)
    else { return left + " " + right }
    let head = String(String.UnicodeScalarView(left.unicodeScalars.dropLast().reversed().prefix { CharacterSet.letters.contains($0) }.reversed()))
    guard !head.isEmpty else { return left + " " + right }
    let tail = String(String.UnicodeScalarView(right.unicodeScalars.prefix { CharacterSet.letters.contains($0) }))
    let h = head.lowercased()
    let t = tail.lowercased()
    if vocabulary.contains(h + "-" + t) { return left + right }
    if vocabulary.contains(h + t) { return String(left.dropLast()) + right }
    if Hyphenation.compoundHeads.contains(h) { return left + right }
    return String(left.dropLast()) + right
  }
}
