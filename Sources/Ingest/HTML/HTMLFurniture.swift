import Foundation

/// Decides which elements are page furniture rather than content, from structure and from generic
/// class, id, role and aria-label words (matched as whole tokens, never as one site's phrases).
struct HTMLFurniture {
  /// Elements never shown as text or that only ever hold chrome.
  static let alwaysDropped: Set<String> = [
    "head", "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
    "math", "canvas", "audio", "video", "map", "button", "select", "option", "optgroup", "input", "textarea",
    "datalist", "output", "progress", "meter", "dialog", "nav", "aside", "menu",
  ]

  /// Dropped unless they hold the page's main content (a whole-page ASP.NET `<form>`, say).
  static let droppedUnlessMain: Set<String> = ["form", "footer"]

  /// Words in class or id that mark chrome.
  static let hintTokens: Set<String> = [
    "nav", "navbar", "navigation", "menu", "menubar", "footer", "header", "masthead", "comment", "comments",
    "related", "advert", "adverts", "ad", "ads", "advertisement", "advertising", "sponsor", "sponsored",
    "share", "sharing", "social", "cookie", "cookies", "consent", "newsletter", "promo", "promotion",
    "breadcrumb", "breadcrumbs", "sidebar", "job", "jobs", "subscribe", "subscription", "paywall", "popup",
    "modal", "skiplink", "outbrain", "taboola",
  ]

  /// The hint words that still mark chrome on a link or span ("skip-link", "share-facebook").
  static let inlineHintTokens: Set<String> = [
    "nav", "navbar", "navigation", "menu", "share", "sharing", "social", "cookie", "cookies", "consent", "ad",
    "ads", "advert", "adverts", "advertisement", "sponsor", "sponsored", "promo", "skip", "skiplink", "breadcrumb",
    "breadcrumbs", "subscribe", "newsletter",
  ]

  /// Hint words that also name an article's own header or footer, so they only count outside one.
  static let pageLevelTokens: Set<String> = ["header", "footer", "masthead"]

  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "complementary", "contentinfo", "search", "menu", "menubar", "dialog",
    "alertdialog", "toolbar",
  ]

  static let inline: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "ins", "del", "big", "tt",
    "nobr", "acronym", "strike", "img", "picture", "source", "br",
  ]

  enum Verdict: Equatable {
    case keep
    /// Dropped outright.
    case drop(String)
    /// Dropped unless the element holds the main content.
    case dropUnlessMain(String)
  }

  /// The verdict for an element, given whether it sits inside an `article`, `main` or `section`.
  static func verdict(_ node: HTMLNode, insideContent: Bool) -> Verdict {
    guard let name = node.name else { return .keep }
    if alwaysDropped.contains(name) { return .drop("<\(name)>") }
    if name == "header" { return insideContent ? .keep : .drop("<header>") }
    if droppedUnlessMain.contains(name) { return .dropUnlessMain("<\(name)>") }
    if node["hidden"] != nil || node["aria-hidden"]?.lowercased() == "true" { return .drop("hidden") }
    if let style = node["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return .drop("hidden")
    }
    if let role = node["role"]?.lowercased(), furnitureRoles.contains(role) { return .dropUnlessMain("role=\(role)") }
    // On inline elements most class words describe a phrase ("job-title" on a signatory's role),
    // so only the unambiguous chrome words count there.
    let words = inline.contains(name) ? inlineHintTokens : hintTokens
    for attr in ["class", "id", "aria-label", "data-component", "data-module"] {
      guard let value = node[attr] else { continue }
      for token in tokens(value) where words.contains(token) {
        if insideContent, pageLevelTokens.contains(token) { continue }
        return .dropUnlessMain("\(attr) \(token)")
      }
    }
    return .keep
  }

  /// Splits "site-nav__item", "adSlot", "related_stories" into lower-case words.
  static func tokens(_ value: String) -> [String] {
    var out: [String] = []
    var current = String.UnicodeScalarView()
    var previousLower = false
    func flush() {
      if !current.isEmpty { out.append(String(current).lowercased()) }
      current = .init()
    }
    for s in value.unicodeScalars {
      let isUpper = s.properties.isUppercase
      if s.properties.isAlphabetic || ("0"..."9").contains(s) {
        if isUpper, previousLower { flush() }
        current.append(s)
        previousLower = s.properties.isLowercase
      } else {
        flush()
        previousLower = false
      }
    }
    flush()
    return out
  }
}
