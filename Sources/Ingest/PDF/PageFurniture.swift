import Foundation

/// Finds page furniture in paged layout text: page numbers and running headers or footers
/// (lines repeated at the top or bottom of several pages).
enum PageFurniture {
  struct Location: Hashable {
    var page: Int
    var line: Int
  }

  /// How many non-blank lines at the top and at the bottom of a page count as header or footer.
  static let zone = 4

  private static let pageNumber = try! NSRegularExpression(
    pattern: #"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*(?:/|of)\s*\d{1,4}|[ivxlc]{1,6})$"#,
    options: [.caseInsensitive])
  private static let regulation28 = try! NSRegularExpression(
    pattern: #"^regulation\s*(?:28|##).*future\s+deaths"#, options: [.caseInsensitive])

  /// The lines to drop. A running Regulation 28 title is kept where it first appears, as the title.
  static func locate(_ pages: [[Substring]]) -> Set<Location> {
    var drop = Set<Location>()
    var seen: [String: [Location]] = [:]
    for (p, lines) in pages.enumerated() {
      let nonBlank = lines.indices.filter { LayoutLine.parse(lines[$0]) != nil }
      let head = nonBlank.prefix(zone)
      let foot = nonBlank.suffix(zone)
      var zoneLines = Array(head)
      for i in foot where !zoneLines.contains(i) { zoneLines.append(i) }
      let edges = Set(nonBlank.prefix(2) + nonBlank.suffix(2))
      var keysOnPage = Set<String>()
      for i in zoneLines {
        guard let (text, _) = LayoutLine.parse(lines[i]) else { continue }
        let ns = text as NSString
        if edges.contains(i), isolated(i, lines), pageNumber.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil {
          drop.insert(Location(page: p, line: i))
          continue
        }
        let k = key(text)
        if keysOnPage.insert(k).inserted { seen[k, default: []].append(Location(page: p, line: i)) }
      }
    }
    guard pages.count >= 2 else { return drop }
    let needed = max(2, (pages.count + 2) / 3)
    for (k, locations) in seen where locations.count >= needed {
      if regulation28.firstMatch(in: k, range: NSRange(location: 0, length: (k as NSString).length)) != nil {
        drop.formUnion(locations.dropFirst())
      } else {
        drop.formUnion(locations)
      }
    }
    return drop
  }

  /// A page number has a blank line (or the page's edge) on at least one side.
  private static func isolated(_ i: Int, _ lines: [Substring]) -> Bool {
    func blank(_ j: Int) -> Bool { j < 0 || j >= lines.count || LayoutLine.parse(lines[j]) == nil }
    return blank(i - 1) || blank(i + 1)
  }

  /// Lines compare equal when they differ only in spacing, case and digits ("Page 2 of 3").
  static func key(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var space = false
    for s in text.lowercased().unicodeScalars {
      if s == " " || s == "\t" {
        space = !out.isEmpty
        continue
      }
      if space { out.append(" ") }
      space = false
      out.append(CharacterSet.decimalDigits.contains(s) ? "#" : s)
    }
    return String(out)
  }
}
