import Foundation
import Model

/// A figure candidate with the text around it, for the checks that decide whether it is a figure.
struct MatchContext {
  let ns: DocumentText
  let match: ICUMatch
  /// How far back the context checks look (labels, ages, line starts).
  static let lookBehind = 40

  func group(_ name: String) -> String? {
    let r = match.range(withName: name)
    return r.location == NSNotFound ? nil : ns.substring(with: r)
  }

  var beforeRange: NSRange {
    let start = max(0, match.range.location - Self.lookBehind)
    return NSRange(location: start, length: match.range.location - start)
  }

  /// Inside a date expression ("two years ago", "19 January 2024"), except a period that begins
  /// with "the" before the number ("the three years up to 31 July 2024"), whose length is a figure too.
  /// `dates` are in text order and do not overlap, so their ends rise too: a binary search finds the first
  /// that could overlap, keeping a document full of dates linear.
  func insideDate(_ dates: [NSRange]) -> Bool {
    let r = match.range
    var lo = 0, hi = dates.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if dates[mid].location + dates[mid].length <= r.location { lo = mid + 1 } else { hi = mid }
    }
    for d in dates[lo...] {
      if d.location >= r.location + r.length { break }
      if d.location < r.location, ns.substring(with: NSRange(location: d.location, length: r.location - d.location)).lowercased() == "the " {
        continue
      }
      return true
    }
    return false
  }

  var followsAge: Bool { matchesBefore(FigurePatterns.agePrefix) }

  /// Checks run on short copies of the nearby text, so no call bridges the whole document.
  private var before: String { ns.substring(with: beforeRange) }

  private func window(from location: Int) -> String? {
    let length = min(ns.length - location, 120)
    return length > 0 ? ns.substring(with: NSRange(location: location, length: length)) : nil
  }

  func matchesBefore(_ re: NSRegularExpression) -> Bool {
    let b = before
    return re.firstMatch(in: b, range: NSRange(location: 0, length: (b as NSString).length)) != nil
  }

  /// The first capture group of a pattern anchored at the end of the text before the match.
  func captureBefore(_ re: NSRegularExpression) -> String? {
    let b = before as NSString
    guard let m = re.firstMatch(in: b as String, range: NSRange(location: 0, length: b.length)),
      m.range(at: 1).location != NSNotFound
    else { return nil }
    return b.substring(with: m.range(at: 1))
  }

  func matchesAfter(_ re: NSRegularExpression) -> Bool {
    firstMatch(re, from: match.range.location + match.range.length) != nil
  }

  func matchesFrom(_ location: Int, _ re: NSRegularExpression) -> Bool {
    firstMatch(re, from: location) != nil
  }

  /// A pattern starting with `^` matched at `location`; ranges in the result are document offsets.
  func firstMatch(_ re: NSRegularExpression, from location: Int) -> Match? {
    guard let w = window(from: location) else { return nil }
    guard let m = re.firstMatch(in: w, range: NSRange(location: 0, length: (w as NSString).length)) else { return nil }
    return Match(result: m, offset: location)
  }

  /// A match in a window, with its ranges shifted back into the document.
  struct Match {
    let result: NSTextCheckingResult
    let offset: Int
    var range: NSRange { range(at: 0) }
    func range(at i: Int) -> NSRange {
      let r = result.range(at: i)
      return r.location == NSNotFound ? r : NSRange(location: r.location + offset, length: r.length)
    }
  }
}
