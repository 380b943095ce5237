/// A money amount, count, percentage or duration, with what it counts.
public struct Figure: Hashable, Sendable, Codable {
  public enum Unit: String, Hashable, Sendable, Codable {
    case gbp = "GBP", usd = "USD", eur = "EUR", count, percent
    case days, weeks, months, years, hours, minutes
  }

  public var text: String
  public var span: TextSpan
  public var value: Double
  public var unit: Unit
  /// A few words saying what is counted ("leaders", "schools"); nil when the text does not say.
  public var countsWhat: String?
  /// A qualifier before the number, kept out of `text`: "at least", "over", "just under", "up to".
  public var qualifier: String?
  public var rule: String

  public init(
    text: String, span: TextSpan, value: Double, unit: Unit, countsWhat: String?, rule: String,
    qualifier: String? = nil
  ) {
    self.text = text
    self.span = span
    self.value = value
    self.unit = unit
    self.countsWhat = countsWhat
    self.rule = rule
    self.qualifier = qualifier
  }

  enum CodingKeys: String, CodingKey {
    case text, span, value, unit, countsWhat = "counts_what", qualifier, rule
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    try c.encode(span, forKey: .span)
    try c.encode(value, forKey: .value)
    try c.encode(unit, forKey: .unit)
    try c.encode(countsWhat, forKey: .countsWhat)
    try c.encode(qualifier, forKey: .qualifier)
    try c.encode(rule, forKey: .rule)
  }
}
