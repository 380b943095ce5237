import Foundation
import Model

/// One NSRegularExpression match with its groups read out of the searched text.
// @unchecked: the result and the text are immutable once matched.
struct RegexMatch: @unchecked Sendable {
  let result: ICUMatch
  let text: DocumentText

  var range: NSRange { result.range }

  /// The text of capture group `i`, or nil when the group did not take part.
  func group(_ i: Int) -> String? {
    guard i < result.numberOfRanges else { return nil }
    let r = result.range(at: i)
    return r.location == NSNotFound ? nil : text.substring(with: r)
  }

  func int(_ i: Int) -> Int? { group(i).flatMap { Int($0) } }

  /// Every match of `regex` in the whole of `text`.
  static func all(_ regex: WordLedRegex, in text: DocumentText, units: [UInt16], index: WordIndex) -> [RegexMatch] {
    regex.matches(in: units, index: index, within: NSRange(location: 0, length: text.length))
      .map { RegexMatch(result: $0, text: text) }
  }
}
