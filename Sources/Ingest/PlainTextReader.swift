import Foundation
import Model

/// Recovers blocks from plain text (letters, scraped articles, the text of PDFs): headings, list
/// items and paragraphs, with hard wraps and hyphenation joined and page furniture removed.
public struct PlainTextReader: Sendable {
  public init() {}

  public func read(_ string: String, format: DocumentFormat) -> ParsedDocument {
    var builder = DocumentBuilder()
    let lines = PlainTextReader.lines(string)
    let furniture = PlainTextReader.furniture(lines)
    var dropped = 0
    // Group lines into runs separated by blank lines or page breaks.
    var group: [String] = []
    var groups: [[String]] = []
    for (i, raw) in lines.enumerated() {
      let line = raw.trimmingWhitespace()
      if line.isEmpty || line == "\u{0C}" {
        if !group.isEmpty { groups.append(group) }
        group = []
        continue
      }
      if furniture.contains(i) {
        dropped += 1
        continue
      }
      group.append(raw)
    }
    if !group.isEmpty { groups.append(group) }
    groups = PlainTextReader.joinBrokenParagraphs(groups)
    let wrapWidth = PlainTextReader.wrapWidth(lines)
    for g in groups {
      for unit in PlainTextReader.units(in: g, wrapWidth: wrapWidth) {
        emit(unit, standsAlone: g.count == 1, into: &builder)
      }
    }
    if dropped > 0 {
      builder.diagnostics.append(
        Diagnostic(.info, "removed \(dropped) lines of page furniture (page numbers, contents, running headers)"))
    }
    return builder.build(format: format)
  }

  /// A paragraph cut by a page break or a stray blank line: the first part ends mid-sentence and the next
  /// starts in lower case. Such groups are put back together.
  static func joinBrokenParagraphs(_ groups: [[String]]) -> [[String]] {
    var out: [[String]] = []
    for g in groups {
      if let prev = out.last?.last?.trimmingWhitespace(), let next = g.first?.trimmingWhitespace(),
        let end = prev.unicodeScalars.last, let start = next.unicodeScalars.first,
        CharacterSet.letters.contains(end) || end == ",", CharacterSet.lowercaseLetters.contains(start),
        ListMarker.split(next).marker == nil, prev.count > 60
      {
        out[out.count - 1].append(contentsOf: g)
      } else {
        out.append(g)
      }
    }
    return out
  }

  /// Splits on every line ending, keeping form feeds as their own page-break lines.
  static func lines(_ s: String) -> [String] {
    var s = s
    // On UTF-8 bytes: the line ends are ASCII, so every cut falls between scalars. Appending scalar by scalar to
    // each line cost a third of reading a text file.
    return s.withUTF8 { b in
      var out: [String] = []
      var start = 0
      var previousCR = false
      func line(_ end: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self) }
      for i in 0..<b.count {
        switch b[i] {
        case 0x0D:
          out.append(line(i))
          start = i + 1
          previousCR = true
          continue
        case 0x0A:
          if !previousCR { out.append(line(i)) }
          start = i + 1
        case 0x0C:
          out.append(line(i))
          out.append("\u{0C}")
          start = i + 1
        default:
          break
        }
        previousCR = false
      }
      out.append(line(b.count))
      return out
    }
  }

  // MARK: Furniture

  static let pageNumber = try! NSRegularExpression(
    pattern: #"^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*/\s*\d{1,4})$"#,
    options: [.caseInsensitive])
  static let contentsLine = try! NSRegularExpression(
    pattern: #"^.{3,150}?(?:\.{4,}|…{2,}|\t)\s*\.*\s*\d{0,4}$|^.{3,150}?\s\.{3,}\s*\d{1,4}$"#)

  /// Indices of lines that are page furniture: page numbers, contents entries with dot leaders or
  /// tabbed page numbers, and short lines repeated on many pages (running headers and footers).
  static func furniture(_ lines: [String]) -> Set<Int> {
    var out = Set<Int>()
    var counts: [String: [Int]] = [:]
    let pageBreaks = lines.lazy.filter { $0 == "\u{0C}" }.count
    for (i, raw) in lines.enumerated() {
      let line = raw.trimmingWhitespace()
      guard !line.isEmpty, line != "\u{0C}" else { continue }
      let ns = line as NSString
      let full = NSRange(location: 0, length: ns.length)
      if PlainTextReader.mayBePageNumber(line), pageNumber.firstMatch(in: line, range: full) != nil, isolated(i, lines) {
        out.insert(i)
        continue
      }
      // The cheap test first: the expression's lazy prefix made it the costliest per-line check.
      if PlainTextReader.mayBeContentsLine(raw), contentsLine.firstMatch(in: line, range: full) != nil {
        out.insert(i)
        continue
      }
      if line.utf8.count >= 4 {
        // Each byte of an ASCII line is one character; only other lines need counting by graphemes.
        let length = line.utf8.allSatisfy({ $0 < 0x80 }) ? line.utf8.count : line.count
        if length >= 4, length <= 100 { counts[line, default: []].append(i) }
      }
    }
    // A short line seen on three or more pages is a running header or footer.
    let minRepeats = pageBreaks >= 2 ? 3 : 4
    for (line, idx) in counts where idx.count >= minRepeats {
      let lower = line.lowercased()
      let furnitureLike =
        lower.contains("copyright") || lower.contains("official") || lower.contains("page")
        || lower.hasPrefix("regulation 28") || pageBreaks >= 2
      if furnitureLike, !line.hasSuffix(".") { out.formUnion(idx) }
    }
    for (i, raw) in lines.enumerated() where raw.trimmingWhitespace().hasPrefix("©") {
      out.insert(i)
    }
    return out
  }

  /// False when the page-number expression cannot match: it is anchored at both ends, starts with "page", a dash,
  /// a space or a digit, and ends with a digit or a dash. Non-ASCII ends are left to the expression.
  static func mayBePageNumber(_ line: String) -> Bool {
    guard let first = line.utf8.first, let last = line.utf8.last else { return false }
    let firstOK = first >= 0x80 || first == UInt8(ascii: "p") || first == UInt8(ascii: "P")
      || first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) || first == 0x20 || (first >= 0x09 && first <= 0x0D)
    let lastOK = last >= 0x80 || last == UInt8(ascii: "-") || (last >= 0x30 && last <= 0x39)
    return firstOK && lastOK
  }

  /// A tab, four dots or an ellipsis: what every contents line has. Checked on bytes, as Foundation's
  /// `contains` costs ~30,000 instructions a call.
  static func mayBeContentsLine(_ raw: String) -> Bool {
    var copy = raw
    return copy.withUTF8 { bytes in
      var dots = 0
      var previous: (UInt8, UInt8) = (0, 0)
      for b in bytes {
        if b == 0x09 { return true }
        if b == UInt8(ascii: ".") {
          dots += 1
          if dots >= 4 { return true }
        } else {
          dots = 0
        }
        if b == 0xA6, previous == (0xE2, 0x80) { return true }  // U+2026 …
        previous = (previous.1, b)
      }
      return false
    }
  }

  /// A page number stands alone: blank lines (or the file's edge) around it.
  private static func isolated(_ i: Int, _ lines: [String]) -> Bool {
    func blank(_ j: Int) -> Bool {
      j < 0 || j >= lines.count || lines[j].trimmingWhitespace().isEmpty || lines[j] == "\u{0C}"
    }
    return blank(i - 1) || blank(i + 1)
  }

  // MARK: Joining hard wraps

  /// The wrap width of hard-wrapped text, or nil when paragraphs are one line each.
  static func wrapWidth(_ lines: [String]) -> Int? {
    let lengths = lines.map { $0.count }.filter { $0 > 0 }
    guard lengths.count >= 8 else { return nil }
    let sorted = lengths.sorted()
    let p90 = sorted[sorted.count * 9 / 10]
    guard p90 >= 40, p90 <= 130 else { return nil }
    let near = lengths.filter { $0 >= p90 * 3 / 4 && $0 <= p90 + 5 }.count
    return near * 10 >= lengths.count * 3 ? p90 : nil
  }

  /// One logical unit: its text (wraps joined) and the marker it starts with, if any.
  struct Unit {
    var text: String
    var marker: String?
    var indent: Int
  }

  static func units(in group: [String], wrapWidth: Int?) -> [Unit] {
    var out: [Unit] = []
    for raw in group {
      let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
      let line = raw.trimmingWhitespace()
      let (marker, rest) = ListMarker.split(line)
      if var last = out.last, marker == nil, shouldJoin(last.text, line, wrapWidth: wrapWidth) {
        out.removeLast()
        if last.text.hasSuffix("-"), let f = line.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(f),
          let before = last.text.unicodeScalars.dropLast().last, CharacterSet.letters.contains(before)
        {
          last.text = String(last.text.dropLast()) + line
        } else {
          last.text += " " + line
        }
        out.append(last)
      } else {
        out.append(Unit(text: rest, marker: marker, indent: indent))
      }
    }
    return out
  }

  private static func shouldJoin(_ previous: String, _ next: String, wrapWidth: Int?) -> Bool {
    guard let lastChar = previous.unicodeScalars.last, let first = next.unicodeScalars.first else { return false }
    if previous.hasSuffix(":") { return false }
    if CharacterSet.lowercaseLetters.contains(first) { return true }
    if previous.hasSuffix("-"), CharacterSet.letters.contains(first) { return true }
    if let w = wrapWidth, previous.count >= w * 3 / 5, !".!?\"”'’".unicodeScalars.contains(lastChar) { return true }
    if let w = wrapWidth, previous.count >= w * 4 / 5, !previous.hasSuffix(".") { return true }
    return false
  }

  // MARK: Block kinds

  private func emit(_ unit: Unit, standsAlone: Bool, into builder: inout DocumentBuilder) {
    if let marker = unit.marker {
      builder.append(.listItem, level: unit.indent >= 2 ? 2 : 1, marker: marker, text: unit.text)
      return
    }
    if let level = HeadingRule.level(of: unit.text, standsAlone: standsAlone) {
      builder.append(.heading, level: level, text: unit.text)
    } else {
      builder.append(.paragraph, text: unit.text)
    }
  }
}
