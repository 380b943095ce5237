import Foundation

/// One canonical body in the registry: its name, the other names it goes by, and its parent body.
public struct BodyEntry: Hashable, Sendable, Codable {
  public var name: String
  /// Names, abbreviations and office-holders that always mean this body ("DfE", "the Home Secretary").
  public var aliases: [String]
  public var parent: String?
  /// A coarse kind ("department", "agency", "trust", "regulator"…) used to read "the Department".
  public var type: String?
  /// Names that mean this body only in context ("the watchdog"); resolved only when unambiguous.
  public var context: [String]

  public init(name: String, aliases: [String] = [], parent: String? = nil, type: String? = nil, context: [String] = []) {
    self.name = name
    self.aliases = aliases
    self.parent = parent
    self.type = type
    self.context = context
  }

  enum CodingKeys: String, CodingKey { case name, aliases, parent, type, context }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    parent = try c.decodeIfPresent(String.self, forKey: .parent)
    type = try c.decodeIfPresent(String.self, forKey: .type)
    context = try c.decodeIfPresent([String].self, forKey: .context) ?? []
  }
}
