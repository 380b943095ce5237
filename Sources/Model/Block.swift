/// A structural unit of a document: heading, paragraph, list item, table cell or quote.
public struct Block: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    case heading, paragraph, listItem = "list_item", tableCell = "table_cell", quote
  }

  public var kind: Kind
  /// Heading level (1 = top) or list nesting depth (1 = outermost); nil for other kinds.
  public var level: Int?
  /// The list or section marker as printed ("1.", "(a)", "•"), kept out of the block's text.
  public var marker: String?
  public var span: TextSpan

  public init(kind: Kind, level: Int? = nil, marker: String? = nil, span: TextSpan) {
    self.kind = kind
    self.level = level
    self.marker = marker
    self.span = span
  }
}
