import Foundation

/// Decides which elements are page furniture rather than content, from structure and from generic
/// class, id, role and aria-label words (matched as whole tokens, never as one site's phrases).
struct HTMLFurniture {
  /// Elements never shown as text or that only ever hold chrome.
  static func isAlwaysDropped(_ tag: HTMLTag) -> Bool {
    switch tag {
    case .head, .script, .style, .noscript, .template, .iframe, .frame, .frameset, .object, .embed, .svg, .math,
      .canvas, .audio, .video, .map, .button, .select, .option, .optgroup, .input, .textarea, .datalist, .output,
      .progress, .meter, .dialog, .nav, .aside, .menu:
      true
    default:
      false
    }
  }

  /// Dropped unless they hold the page's main content (a whole-page ASP.NET `<form>`, say).
  static func isDroppedUnlessMain(_ tag: HTMLTag) -> Bool { tag == .form || tag == .footer }

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

  /// Phrasing elements, whose text runs on inside the enclosing block.
  static func isInline(_ tag: HTMLTag) -> Bool {
    switch tag {
    case .a, .abbr, .b, .bdi, .bdo, .cite, .code, .data, .dfn, .em, .font, .i, .kbd, .mark, .q, .s, .samp, .small,
      .span, .strong, .sub, .sup, .time, .u, .var, .wbr, .label, .ins, .del, .big, .tt, .nobr, .acronym, .strike,
      .img, .picture, .source, .br:
      true
    default:
      false
    }
  }

  /// The attributes whose words are read, in the order they are judged.
  static let hintAttributes: [HTMLAttributeName] = [.class, .id, .ariaLabel, .dataComponent, .dataModule]

  /// Which hint sets a word is in, looked up from bytes.
  private struct Word: OptionSet, Sendable {
    let rawValue: UInt8
    static let hint = Word(rawValue: 1)
    static let inlineHint = Word(rawValue: 2)
    static let pageLevel = Word(rawValue: 4)
  }

  private static let words: HTMLNameTable<Word> = {
    var entries: [String: Word] = [:]
    for t in hintTokens { entries[t, default: []].insert(.hint) }
    for t in inlineHintTokens { entries[t, default: []].insert(.inlineHint) }
    for t in pageLevelTokens { entries[t, default: []].insert(.pageLevel) }
    return HTMLNameTable(entries.map { ($0.key, $0.value) })
  }()

  enum Verdict: Equatable {
    case keep
    /// Dropped outright.
    case drop(String)
    /// Dropped unless the element holds the main content.
    case dropUnlessMain(String)
  }

  /// The verdict for an element, given whether it sits inside an `article`, `main` or `section`.
  static func verdict(_ tree: HTMLTree, _ node: Int, insideContent: Bool) -> Verdict {
    let tag = tree.tag(node)
    if tag == .text { return .keep }
    if isAlwaysDropped(tag) { return .drop("<\(tag.rawValue)>") }
    if tag == .header { return insideContent ? .keep : .drop("<header>") }
    if isDroppedUnlessMain(tag) { return .dropUnlessMain("<\(tag.rawValue)>") }
    if tree.has(.hidden, node) || tree.attribute(.ariaHidden, node, lowercasedIs: "true") { return .drop("hidden") }
    if let style = tree.value(.style, node), hides(style) { return .drop("hidden") }
    if let role = tree.attribute(.role, node)?.lowercased(), furnitureRoles.contains(role) {
      return .dropUnlessMain("role=\(role)")
    }
    // On inline elements most class words describe a phrase ("job-title" on a signatory's role),
    // so only the unambiguous chrome words count there.
    let isInline = isInline(tag)
    for attr in hintAttributes {
      guard let value = tree.value(attr, node) else { continue }
      if let token = chromeWord(in: value, inline: isInline, insideContent: insideContent) {
        return .dropUnlessMain("\(attr.rawValue) \(token)")
      }
    }
    return .keep
  }

  /// Whether an inline style hides the element (`display:none`, `visibility:hidden`, spaces ignored).
  private static func hides(_ value: ArraySlice<UInt8>) -> Bool {
    guard var lowered = HTMLTree.asciiLowercased(value) else {
      let style = String(decoding: value, as: UTF8.self).lowercased().replacingOccurrences(of: " ", with: "")
      return style.contains("display:none") || style.contains("visibility:hidden")
    }
    lowered.removeAll { $0 == 0x20 }
    return lowered.contains(bytes: "display:none") || lowered.contains(bytes: "visibility:hidden")
  }

  /// The first of a value's words that marks chrome here, lower-cased.
  private static func chromeWord(in value: ArraySlice<UInt8>, inline: Bool, insideContent: Bool) -> String? {
    guard !value.contains(where: { $0 >= 0x80 }) else {
      let words = inline ? inlineHintTokens : hintTokens
      for token in tokens(String(decoding: value, as: UTF8.self)) where words.contains(token) {
        if insideContent, pageLevelTokens.contains(token) { continue }
        return token
      }
      return nil
    }
    // ASCII: the same words as `tokens`, as byte ranges, looked up without making Strings.
    let needed: Word = inline ? .inlineHint : .hint
    return value.withUnsafeBufferPointer { b -> String? in
      var start = 0
      var previousLower = false
      func judge(_ end: Int) -> String? {
        guard end > start else { return nil }
        let token = UnsafeBufferPointer(rebasing: b[start..<end])
        guard let word = words.lookup(token), word.contains(needed) else { return nil }
        if insideContent, word.contains(.pageLevel) { return nil }
        return String(decoding: token, as: UTF8.self).lowercased()
      }
      for i in 0..<b.count {
        let c = b[i]
        let isUpper = c >= 0x41 && c <= 0x5A
        let isLower = c >= 0x61 && c <= 0x7A
        if isUpper || isLower || (c >= 0x30 && c <= 0x39) {
          if isUpper, previousLower {
            if let found = judge(i) { return found }
            start = i
          }
          previousLower = isLower
        } else {
          if let found = judge(i) { return found }
          start = i + 1
          previousLower = false
        }
      }
      return judge(b.count)
    }
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

extension Array<UInt8> {
  /// Whether the ASCII `needle` occurs in these bytes.
  fileprivate func contains(bytes needle: StaticString) -> Bool {
    let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    guard count >= n.count else { return false }
    return (0...count - n.count).contains { self[$0..<$0 + n.count].elementsEqual(n) }
  }
}
