/// An action a body says it has taken, is taking or will take.
public struct Commitment: Hashable, Sendable, Codable {
  public enum Status: String, Hashable, Sendable, Codable { case done, ongoing, planned }
  public enum Strength: String, Hashable, Sendable, Codable { case firm, soft }

  /// Stable across runs: derived from the document id, the normalised text and its occurrence.
  public var id: String
  public var text: String
  public var span: TextSpan
  public var rule: String
  /// Canonical name of the body that acts; nil when it cannot be told.
  public var body: String?
  /// Where the acting body is named in the text; nil when it is the document's author ("we").
  public var bodySpan: TextSpan?
  /// The coroner's concern number the commitment answers, where the document says so.
  public var concern: Int?
  public var due: Due?
  public var status: Status
  public var strength: Strength
  /// The hedging words that made it soft ("will consider"), verbatim.
  public var hedge: String?

  public init(
    id: String = "", text: String, span: TextSpan, rule: String, body: String? = nil,
    bodySpan: TextSpan? = nil, concern: Int? = nil, due: Due? = nil, status: Status,
    strength: Strength, hedge: String? = nil
  ) {
    self.id = id
    self.text = text
    self.span = span
    self.rule = rule
    self.body = body
    self.bodySpan = bodySpan
    self.concern = concern
    self.due = due
    self.status = status
    self.strength = strength
    self.hedge = hedge
  }

  enum CodingKeys: String, CodingKey {
    case id, text, span, rule, body, bodySpan = "body_span", concern, due, status, strength, hedge
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(text, forKey: .text)
    try c.encode(span, forKey: .span)
    try c.encode(rule, forKey: .rule)
    try c.encode(body, forKey: .body)
    try c.encode(bodySpan, forKey: .bodySpan)
    try c.encode(concern, forKey: .concern)
    try c.encode(due, forKey: .due)
    try c.encode(status, forKey: .status)
    try c.encode(strength, forKey: .strength)
    try c.encode(hedge, forKey: .hedge)
  }
}

/// The deadline or start date of a commitment, taken from a date expression.
public struct Due: Hashable, Sendable, Codable {
  public var text: String
  public var span: TextSpan
  public var start: CalendarDay
  public var end: CalendarDay

  public init(text: String, span: TextSpan, start: CalendarDay, end: CalendarDay) {
    self.text = text
    self.span = span
    self.start = start
    self.end = end
  }
}
