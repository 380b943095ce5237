import Foundation

/// Why a bodies file could not be added to the registry.
public enum BodyRegistryError: Error, Hashable, Sendable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case invalid(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): return "cannot read bodies file \(path): \(reason)"
    case .invalid(let path, let reason): return "bodies file \(path) is not a list of {name, aliases, parent}: \(reason)"
    }
  }
}
