import Foundation
import Model

/// Canonical bodies with their aliases and parents; resolves a name or office-holder to a body.
public struct BodyRegistry: Sendable {
  public init() {}

  /// The registry shipped in `Resources/bodies.json`.
  public static let standard = BodyRegistry()

  /// The canonical name for a mention ("the Home Secretary" → "Home Office"), or nil.
  public func resolve(_ name: String) -> String? { nil }  // TODO(bodies helper)
}

extension BodyRegistry {
  /// This registry with the bodies in a user's JSON file added.
  public func adding(contentsOf url: URL) throws -> BodyRegistry { self }  // TODO(bodies helper)
}
