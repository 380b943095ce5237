/// A logical unit being assembled from layout lines: a heading, a list item or a paragraph.
struct LayoutUnit {
  enum Role: Equatable {
    /// A section of the Regulation 28 form.
    case templateSection
    case text
  }

  var role: Role
  var marker: String?
  /// The unit's lines, wraps not yet joined.
  var lines: [String]
  /// Where the unit's first line starts and where its last line ends, from the page margin.
  var column: Int
  var lastColumn: Int
  var lastEnd: Int
  var page: Int
  /// A single line with nothing joined to it in its group, so it may be a heading.
  var standsAlone = false

  init(role: Role, marker: String?, text: String, column: Int, end: Int, page: Int) {
    self.role = role
    self.marker = marker
    self.lines = [text]
    self.column = column
    self.lastColumn = column
    self.lastEnd = end
    self.page = page
  }

  mutating func append(_ line: LayoutLine) {
    lines.append(line.text)
    lastColumn = line.column
    lastEnd = line.end
  }

  var lastLine: String { lines[lines.count - 1] }
}
