import Foundation

/// One hand-annotated document, in the format of `corpus/gold/README.md`.
public struct GoldDocument: Decodable, Sendable {
  public struct Concern: Decodable, Sendable { public var number: Int }
  public struct Commitment: Decodable, Sendable {
    public var quote: String
    public var body: String?
    public var concern: Int?
    public var due: String?
    public var status: String?
    public var strength: String?
    /// Whether the gold states a concern at all (null counts as a statement that there is none).
    public var hasConcernKey = false

    enum CodingKeys: String, CodingKey { case quote, body, concern, due, status, strength }

    public init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      quote = try c.decode(String.self, forKey: .quote)
      body = try c.decodeIfPresent(String.self, forKey: .body)
      concern = try? c.decodeIfPresent(Int.self, forKey: .concern)
      hasConcernKey = c.contains(.concern)
      due = try? c.decodeIfPresent(String.self, forKey: .due)
      status = try c.decodeIfPresent(String.self, forKey: .status)
      strength = try c.decodeIfPresent(String.self, forKey: .strength)
    }
  }
  public struct Figure: Decodable, Sendable {
    public var text: String
    public var value: Double?
  }
  public struct DateItem: Decodable, Sendable {
    public var text: String
    public var normalised: String?
  }

  public var source: String
  public var kind: String?
  public var authorBody: String?
  public var date: String?
  public var concerns: [Concern]
  public var commitments: [Commitment]
  public var figures: [Figure]
  public var dates: [DateItem]

  enum CodingKeys: String, CodingKey {
    case source, kind, authorBody = "author_body", date, concerns, commitments, figures, dates
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    source = try c.decode(String.self, forKey: .source)
    kind = try c.decodeIfPresent(String.self, forKey: .kind)
    authorBody = try c.decodeIfPresent(String.self, forKey: .authorBody)
    date = try c.decodeIfPresent(String.self, forKey: .date)
    concerns = try c.decodeIfPresent([Concern].self, forKey: .concerns) ?? []
    commitments = try c.decodeIfPresent([Commitment].self, forKey: .commitments) ?? []
    figures = try c.decodeIfPresent([Figure].self, forKey: .figures) ?? []
    dates = try c.decodeIfPresent([DateItem].self, forKey: .dates) ?? []
  }
}
