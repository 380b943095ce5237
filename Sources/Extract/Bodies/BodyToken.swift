import Foundation

/// A word or punctuation mark of the text, as the bodies matcher sees it.
struct BodyToken: Sendable {
  /// UTF-16 range in the source string.
  var range: NSRange
  /// The token as printed, with curly apostrophes made straight.
  var text: String
  /// Lower-cased match key ("&" → "and").
  var key: String
  var isWord: Bool
  /// A line break (or the start of the text) lies between this token and the one before.
  var breakBefore: Bool

  /// First letter upper-case (or a digit: "2gether"), as a name word should be.
  var isCapitalised: Bool {
    guard isWord, let f = text.unicodeScalars.first else { return false }
    return f.properties.isUppercase || ("0"..."9").contains(f)
  }
}
