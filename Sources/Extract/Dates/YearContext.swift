import Foundation
import Model

/// Tells a year used as a date ("in 2023") from a year inside a name or a number that is not a year.
enum YearContext {
  /// Words after which a year names a statute, title or reference rather than a time.
  static let namePrefixes: Set<String> = [
    "act", "acts", "regulations", "regulation", "rules", "order", "bill", "code", "measure", "copyright",
    "©", "update", "edition", "si", "no", "number", "ref", "reference", "directions", "practice",
    "conduct", "standards", "guidelines", "guidance", "framework", "strategy", "plan", "report",
    "review", "version", "page", "pages", "para", "paragraph", "section", "approximately", "nearly",
    "almost", "than", "least", "total", "some",
  ]
  /// Words before which a year is part of a name ("2014 Act").
  static let nameSuffixes: Set<String> = ["act", "regulations", "rules", "order", "bill", "code"]
  /// Capitalised words that may come right before a year used as a date.
  static let capitalisedOK: Set<String> = [
    "in", "since", "by", "from", "during", "throughout", "until", "till", "before", "after", "and", "or",
    "to", "of", "early", "late", "mid", "spring", "summer", "autumn", "winter", "between", "for", "at",
    "on", "over", "across", "around", "circa", "end", "start", "the", "until", "unlike", "as", "like",
  ]

  static func isName(_ text: DocumentText, _ range: NSRange) -> Bool {
    var (prev, gapBefore) = word(in: text, endingAt: range.location)
    if prev == nil, range.location > 1, text.character(at: range.location - 1) == 0x28 {
      // "Mental Health Act (1983)": the name is outside the bracket.
      (prev, gapBefore) = word(in: text, endingAt: range.location - 1)
    }
    let (next, gapAfter) = word(in: text, startingAt: range.location + range.length)
    if let prev, gapBefore, prev.first?.isNumber == true { return true }  // "0300 123 2040"
    if let next, gapAfter, next.first?.isNumber == true { return true }
    if let prev, gapBefore {
      let lower = prev.lowercased()
      if namePrefixes.contains(lower) { return true }
      if prev.first?.isUppercase == true, !capitalisedOK.contains(lower) { return true }
    }
    if let next, gapAfter {
      if nameSuffixes.contains(next.lowercased()) { return true }
      if prev?.lowercased() == "the", next.first?.isUppercase == true { return true }
    }
    return false
  }

  /// The word just before `location` and whether only spaces separate it from there.
  static func word(in text: DocumentText, endingAt location: Int) -> (String?, Bool) {
    var i = location
    var sawSpace = false
    while i > 0, text.character(at: i - 1) == 0x20 { i -= 1; sawSpace = true }
    let end = i
    while i > 0, let scalar = Unicode.Scalar(text.character(at: i - 1)),
      CharacterSet.alphanumerics.contains(scalar) || scalar == "©"
    {
      i -= 1
    }
    guard i < end else { return (nil, false) }
    return (text.substring(with: NSRange(location: i, length: end - i)), sawSpace || end == location)
  }

  /// The word just after `location` and whether only spaces separate it from there.
  static func word(in text: DocumentText, startingAt location: Int) -> (String?, Bool) {
    var i = location
    while i < text.length, text.character(at: i) == 0x20 { i += 1 }
    let start = i
    while i < text.length, let scalar = Unicode.Scalar(text.character(at: i)),
      CharacterSet.alphanumerics.contains(scalar)
    {
      i += 1
    }
    guard i > start else { return (nil, false) }
    return (text.substring(with: NSRange(location: start, length: i - start)), true)
  }
}
