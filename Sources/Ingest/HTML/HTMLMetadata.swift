import Foundation
import Model

/// Reads title, publisher and publication day from a page's markup: `<title>`, Open Graph and
/// other `<meta>` tags, JSON-LD, microdata, and a `<time datetime>` in the article.
struct HTMLMetadata {
  private static let isoDay = try! NSRegularExpression(pattern: #"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])"#)
  private static let jsonDatePublished = try! NSRegularExpression(
    pattern: #""datePublished"\s*:\s*"([^"]{8,40})""#)
  private static let jsonPublisherName = try! NSRegularExpression(
    pattern: #""publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,120})""#)

  private static let titleKeys = ["og:title", "twitter:title", "dc.title", "dcterms.title"]
  private static let publisherKeys = [
    "og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "article:publisher", "application-name",
  ]
  private static let publishedKeys = [
    "article:published_time", "og:article:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "dcterms.created", "date", "publish-date", "publication_date", "pubdate",
    "citation_publication_date", "parsely-pub-date", "sailthru.date",
  ]

  static func hints(_ tree: HTMLTree) -> MetadataHints {
    var meta: [String: String] = [:]
    var titleElement: String?
    var jsonLD: [String] = []
    var microdataDate: String?
    collect(tree, meta: &meta, title: &titleElement, jsonLD: &jsonLD, microdataDate: &microdataDate)

    var hints = MetadataHints()
    hints.publisher = publisherKeys.lazy.compactMap { meta[$0] }.first { !$0.contains("://") && !$0.isEmpty }
      ?? jsonLD.lazy.compactMap { firstGroup(jsonPublisherName, $0) }.first.map(clean)
    let cleanedTitle = titleElement.map { strip(clean($0), publisher: hints.publisher) }
    hints.title = titleKeys.lazy.compactMap { meta[$0] }.first { !$0.isEmpty } ?? cleanedTitle.flatMap { $0.isEmpty ? nil : $0 }
    let candidates =
      publishedKeys.compactMap { meta[$0] } + [microdataDate].compactMap { $0 }
      + jsonLD.compactMap { firstGroup(jsonDatePublished, $0) } + [articleTime(tree)].compactMap { $0 }
    hints.published = candidates.lazy.compactMap(day).first
    return hints
  }

  /// The `YYYY-MM-DD` day at the start of an ISO 8601 date or date-time.
  static func day(_ s: String) -> CalendarDay? {
    let ns = s as NSString
    guard let m = isoDay.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)),
      let y = Int(ns.substring(with: m.range(at: 1))), let mo = Int(ns.substring(with: m.range(at: 2))),
      let d = Int(ns.substring(with: m.range(at: 3)))
    else { return nil }
    return CalendarDay(year: y, month: mo, day: d)
  }

  /// Reads every element below the root in document order, as a recursive walk would.
  private static func collect(
    _ tree: HTMLTree, meta: inout [String: String], title: inout String?, jsonLD: inout [String],
    microdataDate: inout String?
  ) {
    var c = HTMLTree.root + 1
    let end = tree.nodes[HTMLTree.root].end
    while c < end {
      let tag = tree.tag(c)
      switch tag {
      case .text:
        c += 1
        continue
      case .meta:
        let key = (tree.value(.property, c) ?? tree.value(.name, c) ?? tree.value(.itemprop, c)).map(metaKey)
        if let key, let content = tree.attribute(.content, c).map(clean), meta[key] == nil { meta[key] = content }
      case .title:
        if title == nil { title = tree.textContent(c) }
      case .script:
        jsonLD.append(tree.textContent(c))
      default:
        if microdataDate == nil, tree.attribute(.itemprop, c, lowercasedIs: "datepublished") {
          microdataDate = tree.attribute(.datetime, c) ?? tree.attribute(.content, c) ?? tree.textContent(c)
        }
      }
      // An <svg> keeps its own <title>; the tree copy left it in, so do not read it as the page's.
      c = tag == .svg ? tree.nodes[c].end : c + 1
    }
  }

  /// The first `<time datetime>` in the article, outside furniture such as related stories or comments.
  private static func articleTime(_ tree: HTMLTree) -> String? {
    guard let article = tree.first(below: HTMLTree.root, where: { tree.tag($0) == .article }) else { return nil }
    var c = article + 1
    let end = tree.nodes[article].end
    while c < end {
      if tree.isText(c) {
        c += 1
      } else if HTMLFurniture.verdict(tree, c, insideContent: true) != .keep {
        c = tree.nodes[c].end
      } else {
        if tree.tag(c) == .time, let dt = tree.attribute(.datetime, c), day(dt) != nil { return dt }
        c += 1
      }
    }
    return nil
  }

  private static func firstGroup(_ re: NSRegularExpression, _ s: String) -> String? {
    let ns = s as NSString
    guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
    return ns.substring(with: m.range(at: 1))
  }

  /// A `<meta>` name, lower-cased and trimmed of spaces and tabs (`.whitespaces`, which on ASCII is just those).
  private static func metaKey(_ name: ArraySlice<UInt8>) -> String {
    guard let lowered = HTMLTree.asciiLowercased(name) else {
      return String(decoding: name, as: UTF8.self).lowercased().trimmingCharacters(in: .whitespaces)
    }
    let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
    guard let first = lowered.firstIndex(where: { !blank($0) }), let last = lowered.lastIndex(where: { !blank($0) })
    else { return "" }
    return String(decoding: lowered[first...last], as: UTF8.self)
  }

  /// The words of `s` joined by single spaces.
  private static func clean(_ s: String) -> String {
    var s = s
    // ASCII is split on its white space bytes, which are the Characters `isWhitespace` knows there ("\r\n" too):
    // splitting by Character was most of the metadata's time.
    let ascii: String? = s.withUTF8 { b in
      guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(b.count)
      for c in b {
        if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
          if let last = out.last, last != 0x20 { out.append(0x20) }
        } else {
          out.append(c)
        }
      }
      if out.last == 0x20 { out.removeLast() }
      return String(decoding: out, as: UTF8.self)
    }
    return ascii ?? s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// "Trust responds to coroner | The Courier" → "Trust responds to coroner" when the publisher is The Courier.
  private static func strip(_ title: String, publisher: String?) -> String {
    guard let p = publisher, !p.isEmpty else { return title }
    for sep in [" | ", " - ", " – ", " — ", " :: "] where title.hasSuffix(sep + p) {
      return String(title.dropLast(sep.count + p.count))
    }
    return title
  }
}
