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

  static func hints(_ root: HTMLNode) -> MetadataHints {
    var meta: [String: String] = [:]
    var titleElement: String?
    var jsonLD: [String] = []
    var microdataDate: String?
    collect(root, meta: &meta, title: &titleElement, jsonLD: &jsonLD, microdataDate: &microdataDate)

    var hints = MetadataHints()
    hints.publisher = publisherKeys.lazy.compactMap { meta[$0] }.first { !$0.contains("://") && !$0.isEmpty }
      ?? jsonLD.lazy.compactMap { firstGroup(jsonPublisherName, $0) }.first.map(clean)
    let cleanedTitle = titleElement.map { strip(clean($0), publisher: hints.publisher) }
    hints.title = titleKeys.lazy.compactMap { meta[$0] }.first { !$0.isEmpty } ?? cleanedTitle.flatMap { $0.isEmpty ? nil : $0 }
    let candidates =
      publishedKeys.compactMap { meta[$0] } + [microdataDate].compactMap { $0 }
      + jsonLD.compactMap { firstGroup(jsonDatePublished, $0) } + [articleTime(root)].compactMap { $0 }
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

  private static func collect(
    _ node: HTMLNode, meta: inout [String: String], title: inout String?, jsonLD: inout [String],
    microdataDate: inout String?
  ) {
    for c in node.children where !c.isText {
      switch c.name {
      case "meta":
        let key = (c["property"] ?? c["name"] ?? c["itemprop"])?.lowercased().trimmingCharacters(in: .whitespaces)
        if let key, let content = c["content"].map(clean), meta[key] == nil { meta[key] = content }
      case "title":
        if title == nil { title = c.textContent }
      case "script":
        jsonLD.append(c.textContent)
      default:
        if microdataDate == nil, c["itemprop"]?.lowercased() == "datepublished" {
          microdataDate = c["datetime"] ?? c["content"] ?? c.textContent
        }
      }
      // An <svg> keeps its own <title>; the tree copy left it in, so do not read it as the page's.
      if c.name == "svg" { continue }
      collect(c, meta: &meta, title: &title, jsonLD: &jsonLD, microdataDate: &microdataDate)
    }
  }

  /// The first `<time datetime>` in the article, outside furniture such as related stories or comments.
  private static func articleTime(_ root: HTMLNode) -> String? {
    guard let article = root.first(where: { $0.name == "article" }) else { return nil }
    func search(_ node: HTMLNode) -> String? {
      for c in node.children where !c.isText {
        if HTMLFurniture.verdict(c, insideContent: true) != .keep { continue }
        if c.name == "time", let dt = c["datetime"], day(dt) != nil { return dt }
        if let found = search(c) { return found }
      }
      return nil
    }
    return search(article)
  }

  private static func firstGroup(_ re: NSRegularExpression, _ s: String) -> String? {
    let ns = s as NSString
    guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
    return ns.substring(with: m.range(at: 1))
  }

  private static func clean(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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
