/// One line of `pdftotext -layout` output with the page's left margin taken off.
struct LayoutLine: Equatable {
  /// The text without leading or trailing spaces.
  var text: String
  /// The column the text starts at, counted from the page's left margin.
  var column: Int
  var page: Int

  /// The column just past the text's last character.
  var end: Int { column + text.unicodeScalars.count }

  init(text: String, column: Int, page: Int) {
    self.text = text
    self.column = column
    self.page = page
  }

  /// Splits a raw line into its text and the number of leading spaces; nil for a blank line.
  static func parse(_ raw: Substring) -> (text: String, indent: Int)? {
    var indent = 0
    var start = raw.unicodeScalars.startIndex
    let scalars = raw.unicodeScalars
    while start < scalars.endIndex, scalars[start] == " " || scalars[start] == "\t" || scalars[start] == "\u{A0}" {
      indent += scalars[start] == "\t" ? 8 - indent % 8 : 1
      start = scalars.index(after: start)
    }
    var end = scalars.endIndex
    while end > start {
      let before = scalars.index(before: end)
      let s = scalars[before]
      guard s == " " || s == "\t" || s == "\r" || s == "\u{A0}" else { break }
      end = before
    }
    guard start < end else { return nil }
    return (String(scalars[start..<end]), indent)
  }

  /// The pieces of the line separated by gaps of at least `gap` spaces, each with its column.
  func segments(gap: Int = 6) -> [(column: Int, text: String)] {
    var out: [(Int, String)] = []
    var current = String.UnicodeScalarView()
    var currentStart = column
    var spaces = 0
    var col = column
    for s in text.unicodeScalars {
      if s == " " {
        spaces += 1
      } else {
        if spaces >= gap, !current.isEmpty {
          out.append((currentStart, String(current)))
          current = .init()
          currentStart = col
        } else if spaces > 0 {
          current.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
        }
        spaces = 0
        current.append(s)
      }
      col += 1
    }
    if !current.isEmpty { out.append((currentStart, String(current))) }
    return out
  }
}
