/// The attributes the HTML rules read; the tree keeps no others.
enum HTMLAttributeName: String, CaseIterable, Sendable {
  case role, type, start, value, hidden, style, `class`, id, property, name, itemprop, content, datetime
  case ariaHidden = "aria-hidden", ariaLabel = "aria-label", dataComponent = "data-component"
  case dataModule = "data-module"

  static let names = HTMLNameTable<HTMLAttributeName>()
}
