import Foundation
import Model

/// Turns `pdftotext -layout` output into blocks: page furniture dropped, margins stripped,
/// letterhead columns separated, wrapped lines and page breaks joined, form sections as headings.
struct PDFLayoutReader {
  func read(_ layout: String) -> ParsedDocument {
    var pages = layout.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
      $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
    if let last = pages.last, last.allSatisfy({ LayoutLine.parse($0) == nil }) { pages.removeLast() }
    let furniture = PageFurniture.locate(pages)

    // Lines with each page's margin taken off; nil marks a blank or dropped line.
    var content: [[LayoutLine?]] = []
    for (p, lines) in pages.enumerated() {
      let parsed = lines.enumerated().map { i, raw in
        furniture.contains(PageFurniture.Location(page: p, line: i)) ? nil : LayoutLine.parse(raw)
      }
      let margin = parsed.compactMap { $0?.indent }.min() ?? 0
      content.append(parsed.map { $0.map { LayoutLine(text: $0.text, column: $0.indent - margin, page: p) } })
    }
    for p in content.indices { PDFLayoutReader.attachSectionNumbers(&content[p]) }
    let all = content.flatMap { $0.compactMap { $0 } }
    let width = PDFLayoutReader.textWidth(all)
    let hyphenation = Hyphenation(lines: all.map(\.text))

    var units: [LayoutUnit] = []
    var lastSection: Int?
    for page in content {
      var firstOnPage = true
      for group in PDFLayoutReader.groups(page) {
        let parts = PDFLayoutReader.columns(group)
        for part in parts {
          var local = PDFLayoutReader.units(part, width: parts.count > 1 ? nil : width, lastSection: &lastSection)
          PDFLayoutReader.markStandalone(&local)
          if firstOnPage, let head = local.first, var previous = units.last, previous.page == head.page - 1,
            PDFLayoutReader.continuesAcrossPage(previous, head, width: width)
          {
            for line in head.lines { previous.lines.append(line) }
            previous.lastEnd = head.lastEnd
            previous.standsAlone = false
            units[units.count - 1] = previous
            local.removeFirst()
          }
          firstOnPage = false
          units.append(contentsOf: local)
        }
      }
    }

    var builder = DocumentBuilder()
    var listBase: Int?
    for unit in units {
      let text = unit.lines.dropFirst().reduce(unit.lines[0]) { hyphenation.join($0, $1) }
      switch unit.role {
      case .templateSection:
        listBase = nil
        builder.append(.heading, level: 1, marker: unit.marker, text: text)
      case .text:
        if let marker = unit.marker {
          let base = min(listBase ?? unit.column, unit.column)
          listBase = base
          builder.append(.listItem, level: unit.column > base + 1 ? 2 : 1, marker: marker, text: text)
          continue
        }
        listBase = nil
        if let level = HeadingRule.level(of: text, standsAlone: unit.standsAlone && unit.lines.count == 1) {
          builder.append(.heading, level: level, text: text)
        } else {
          builder.append(.paragraph, text: text)
        }
      }
    }
    if !furniture.isEmpty {
      builder.diagnostics.append(
        Diagnostic(.info, "removed \(furniture.count) lines of page furniture (page numbers, running headers and footers)"))
    }
    return builder.build(format: .pdf)
  }

  /// The width of a full line of prose: the 90th percentile of where lines end.
  static func textWidth(_ lines: [LayoutLine]) -> Int {
    let ends = lines.map(\.end).sorted()
    guard !ends.isEmpty else { return 0 }
    return ends[min(ends.count - 1, ends.count * 9 / 10)]
  }

  /// Puts a form section's number back on its title when the number sits alone on the line above
  /// or below (a table cell centred vertically): "1" then "CORONER" becomes "1   CORONER".
  static func attachSectionNumbers(_ page: inout [LayoutLine?]) {
    for i in page.indices {
      guard let line = page[i], let first = line.text.unicodeScalars.first, ("1"..."8").contains(first) else { continue }
      let segments = line.segments()
      guard segments[0].text.unicodeScalars.count == 1, segments.count == 1 || segments[1].column >= line.column + 6
      else { continue }
      let d = segments[0].text
      for j in [i - 1, i + 1, i - 2, i + 2] where page.indices.contains(j) {
        guard let title = page[j], title.column > line.column,
          ReportTemplate.match(title.text, afterSection: nil)?.number == nil,
          ReportTemplate.match("\(d)   \(title.text)", afterSection: nil)?.number != nil
        else { continue }
        page[j] = LayoutLine(text: "\(d)   " + title.text, column: line.column, page: title.page)
        if segments.count == 1 {
          page[i] = nil
        } else {
          // The number shares a line with the section's text: keep the text where it stands.
          let rest = segments.dropFirst().map(\.text).joined(separator: "      ")
          page[i] = LayoutLine(text: rest, column: segments[1].column, page: line.page)
        }
        break
      }
    }
  }

  /// Runs of lines between blank (or dropped) lines.
  static func groups(_ page: [LayoutLine?]) -> [[LayoutLine]] {
    var out: [[LayoutLine]] = []
    var current: [LayoutLine] = []
    for line in page {
      if let line {
        current.append(line)
      } else if !current.isEmpty {
        out.append(current)
        current = []
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// Splits a two-column run (a letterhead: addressee on the left, sender and date on the right)
  /// at the leftmost wide gap, left column first. "Label:   value" rows stay whole.
  static func columns(_ group: [LayoutLine]) -> [[LayoutLine]] {
    var boundary: Int?
    var labelsOnly = true
    for line in group where ReportTemplate.match(line.text, afterSection: 9) == nil {
      let segments = line.segments()
      guard segments.count >= 2 else { continue }
      boundary = min(boundary ?? Int.max, segments[1].column)
      if !segments[0].text.hasSuffix(":") { labelsOnly = false }
    }
    guard let cut = boundary, !labelsOnly else { return [group] }
    var left: [LayoutLine] = []
    var right: [LayoutLine] = []
    for line in group {
      if ReportTemplate.match(line.text, afterSection: 9) != nil {
        left.append(line)
        continue
      }
      let segments = line.segments()
      let l = segments.filter { $0.column < cut - 1 }
      let r = segments.filter { $0.column >= cut - 1 }
      if let first = l.first {
        left.append(LayoutLine(text: l.map(\.text).joined(separator: " "), column: first.column, page: line.page))
      }
      if let first = r.first {
        right.append(LayoutLine(text: r.map(\.text).joined(separator: " "), column: first.column - cut, page: line.page))
      }
    }
    return [left, right].filter { !$0.isEmpty }
  }

  /// Units of one run of lines. `width` is nil in a letterhead column, where only a lower-case
  /// start or a hyphen joins lines (address lines are short and start with capitals).
  static func units(_ lines: [LayoutLine], width: Int?, lastSection: inout Int?) -> [LayoutUnit] {
    var out: [LayoutUnit] = []
    for line in lines {
      if let m = ReportTemplate.match(line.text, afterSection: lastSection) {
        if let n = m.number.flatMap({ Int($0) }) { lastSection = n }
        out.append(LayoutUnit(role: .templateSection, marker: m.number, text: m.title, column: line.column, end: line.end, page: line.page))
        if let rest = m.rest {
          let column = line.end - rest.unicodeScalars.count
          out.append(LayoutUnit(role: .text, marker: nil, text: rest, column: column, end: line.end, page: line.page))
        }
        continue
      }
      let (marker, rest) = ListMarker.split(line.text)
      if marker == nil, let last = out.last, last.role == .text, joins(last, line, width: width) {
        out[out.count - 1].append(line)
        continue
      }
      out.append(LayoutUnit(role: .text, marker: marker, text: rest, column: line.column, end: line.end, page: line.page))
    }
    return out
  }

  /// Whether `line` continues `unit` (a wrapped line of the same paragraph or list item).
  static func joins(_ unit: LayoutUnit, _ line: LayoutLine, width: Int?) -> Bool {
    let previous = unit.lastLine
    guard let first = line.text.unicodeScalars.first else { return false }
    if previous.hasSuffix(":") { return false }
    // A line set well to the right (a date, a reference) is not wrapped prose.
    if unit.lastColumn >= line.column + 8 { return false }
    if CharacterSet.lowercaseLetters.contains(first) { return true }
    if previous.hasSuffix("-"), CharacterSet.letters.contains(first) { return true }
    guard let width, width > 0 else { return false }
    let terminal = endsSentence(previous)
    // An indented first line after a finished sentence starts a new paragraph.
    if terminal, line.column >= unit.lastColumn + 3 { return false }
    if unit.lastEnd * 100 >= width * 85 { return true }
    return !terminal && unit.lastEnd * 100 >= width * 60
  }

  /// Whether the first unit of a page carries on the last unit of the page before.
  static func continuesAcrossPage(_ previous: LayoutUnit, _ next: LayoutUnit, width: Int) -> Bool {
    guard previous.role == .text, next.role == .text, next.marker == nil else { return false }
    let last = previous.lastLine
    guard let first = next.lines[0].unicodeScalars.first, !last.hasSuffix(":") else { return false }
    if CharacterSet.lowercaseLetters.contains(first) { return true }
    if last.hasSuffix("-"), CharacterSet.letters.contains(first) { return true }
    return !endsSentence(last) && previous.lastEnd * 100 >= width * 60
  }

  static func endsSentence(_ s: String) -> Bool {
    var scalars = s.unicodeScalars.reversed().drop { "\"”’')]".unicodeScalars.contains($0) }.makeIterator()
    guard let last = scalars.next() else { return false }
    return ".!?".unicodeScalars.contains(last)
  }

  /// A one-line unit may be a heading when it is alone in its run, in capitals, or leads a paragraph.
  static func markStandalone(_ units: inout [LayoutUnit]) {
    for i in units.indices where units[i].role == .text && units[i].lines.count == 1 {
      let text = units[i].lines[0]
      let capitals = text.unicodeScalars.contains { CharacterSet.letters.contains($0) }
        && !text.unicodeScalars.contains { CharacterSet.lowercaseLetters.contains($0) }
      let leadsParagraph = i == 0 && units.count > 1 && units[1].lines.count >= 2 && units[1].marker == nil
        && !text.hasSuffix(":")
      // "Name of deceased: John Example" is a labelled field, not a heading.
      let labelled = text.range(of: ": ") != nil
      units[i].standsAlone = capitals || (!labelled && (units.count == 1 || leadsParagraph))
    }
  }
}
