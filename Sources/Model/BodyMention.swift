/// A mention of an organisation or office-holder, resolved to a canonical body name.
public struct BodyMention: Hashable, Sendable, Codable {
  public var text: String
  public var span: TextSpan
  /// Canonical name from the bodies registry ("Home Office" for "the Home Secretary").
  public var name: String
  public var rule: String

  public init(text: String, span: TextSpan, name: String, rule: String) {
    self.text = text
    self.span = span
    self.name = name
    self.rule = rule
  }
}
