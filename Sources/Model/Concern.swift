/// A coroner's matter of concern, as stated in a report or restated elsewhere.
public struct Concern: Hashable, Sendable, Codable {
  /// The coroner's number, or the position in document order when unnumbered.
  public var number: Int
  public var text: String
  public var span: TextSpan
  public var rule: String

  public init(number: Int, text: String, span: TextSpan, rule: String) {
    self.number = number
    self.text = text
    self.span = span
    self.rule = rule
  }
}
