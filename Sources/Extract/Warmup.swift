import Foundation

/// Builds the body registry and compiles the costliest expressions on a thread of their own.
///
/// For one document, that start-up work is about a third of the instructions of a run. Begun before the document
/// is read, it overlaps the reading. A run that uses an expression first waits for its one-time initialisation,
/// so nothing is done twice.
public final class Warmup: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)

  /// Starts the work; call `wait()` before the process ends, so no thread is still inside ICU at exit.
  public static func begin() -> Warmup {
    let w = Warmup()
    let t = Thread {
      _ = BodyRegistry.standard
      _ = CommitmentPatterns.verbGroups
      _ = CommitmentPatterns.excluded
      _ = CommitmentPatterns.simpleVerb
      _ = FigurePatterns.figure
      _ = DateRules.all
      _ = RelativeDateRules.all
      _ = DateModifiers.all
      w.done.signal()
    }
    t.start()
    return w
  }

  public func wait() { done.wait() }
}
