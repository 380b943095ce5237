import Foundation
import Model

/// Finds mentions of organisations and office-holders and resolves them through a registry.
public struct BodyExtractor: Sendable {
  public let registry: BodyRegistry

  public init(registry: BodyRegistry = .standard) { self.registry = registry }

  public func extract(_ doc: ParsedDocument) -> [BodyMention] {
    []  // TODO(bodies helper)
  }
}
