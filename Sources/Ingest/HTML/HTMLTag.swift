/// The element names the HTML rules look at, so the tree stores one byte per node instead of a String.
///
/// Every other element is `.unknown`: no rule tells unknown names apart. `.text` marks a text node.
enum HTMLTag: String, CaseIterable, Sendable {
  case text = "#text", unknown = "#unknown"
  case a, abbr, acronym, article, aside, audio, b, bdi, bdo, big, blockquote, body, br, button, canvas, cite, code
  case data, datalist, del, dfn, dialog, dir, div, em, embed, font, footer, form, frame, frameset
  case h1, h2, h3, h4, h5, h6, head, header, i, iframe, img, input, ins, kbd, label, li, listing, main, map, mark
  case math, menu, meta, meter, nav, nobr, noscript, object, ol, optgroup, option, output, p, picture, plaintext
  case pre, progress, q, s, samp, script, section, select, small, source, span, strike, strong, style, sub, sup
  case svg, table, td, template, textarea, th, time, title, tt, u, ul, `var`, video, wbr, xmp

  /// Looks names up from libxml2's bytes; the two markers are not element names.
  static let names = HTMLNameTable<HTMLTag>(excluding: [.text, .unknown])

  /// The heading level of `h1`…`h6`.
  var headingLevel: Int? {
    switch self {
    case .h1: 1
    case .h2: 2
    case .h3: 3
    case .h4: 4
    case .h5: 5
    case .h6: 6
    default: nil
    }
  }
}
