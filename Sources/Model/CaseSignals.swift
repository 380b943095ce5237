/// What ties a document to a case: kept in every record so documents can later be grouped.
public struct CaseSignals: Hashable, Sendable, Codable {
  public var deceased: String?
  public var coroner: String?
  public var area: String?
  public var reportDate: CalendarDay?
  public var reference: String?
  public var addressees: [String]

  public init(
    deceased: String? = nil, coroner: String? = nil, area: String? = nil,
    reportDate: CalendarDay? = nil, reference: String? = nil, addressees: [String] = []
  ) {
    self.deceased = deceased
    self.coroner = coroner
    self.area = area
    self.reportDate = reportDate
    self.reference = reference
    self.addressees = addressees
  }

  enum CodingKeys: String, CodingKey {
    case deceased, coroner, area, reportDate = "report_date", reference, addressees
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(deceased, forKey: .deceased)
    try c.encode(coroner, forKey: .coroner)
    try c.encode(area, forKey: .area)
    try c.encode(reportDate, forKey: .reportDate)
    try c.encode(reference, forKey: .reference)
    try c.encode(addressees, forKey: .addressees)
  }
}
