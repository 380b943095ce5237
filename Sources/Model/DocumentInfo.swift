/// A document's identity and metadata: the `document` object of a record.
public struct DocumentInfo: Hashable, Sendable, Codable {
  public var id: String
  public var source: String
  public var sha256: String
  public var format: DocumentFormat
  public var title: String?
  public var kind: DocumentKind
  /// The organisation that wrote it: a letter's sender, a report's coroner, an article's outlet.
  public var author: String?
  public var addressee: String?
  /// The document's own date; nil when it prints none.
  public var date: CalendarDay?
  /// The day relative expressions were anchored on, when not the document's own date.
  public var anchorDate: CalendarDay?
  public var caseSignals: CaseSignals

  public init(
    id: String, source: String, sha256: String, format: DocumentFormat, title: String? = nil,
    kind: DocumentKind = .other, author: String? = nil, addressee: String? = nil,
    date: CalendarDay? = nil, anchorDate: CalendarDay? = nil, caseSignals: CaseSignals = CaseSignals()
  ) {
    self.id = id
    self.source = source
    self.sha256 = sha256
    self.format = format
    self.title = title
    self.kind = kind
    self.author = author
    self.addressee = addressee
    self.date = date
    self.anchorDate = anchorDate
    self.caseSignals = caseSignals
  }

  enum CodingKeys: String, CodingKey {
    case id, source, sha256, format, title, kind, author, addressee, date
    case anchorDate = "anchor_date", caseSignals = "case"
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(source, forKey: .source)
    try c.encode(sha256, forKey: .sha256)
    try c.encode(format, forKey: .format)
    try c.encode(title, forKey: .title)
    try c.encode(kind, forKey: .kind)
    try c.encode(author, forKey: .author)
    try c.encode(addressee, forKey: .addressee)
    try c.encode(date, forKey: .date)
    try c.encode(anchorDate, forKey: .anchorDate)
    try c.encode(caseSignals, forKey: .caseSignals)
  }
}
