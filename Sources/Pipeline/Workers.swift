import Foundation

/// Runs the same job on `n` threads of its own and waits for them all. Own threads with large stacks,
/// rather than a shared pool, so a deep document never meets a small pool thread's stack.
enum Workers {
  static let stackSize = 16 << 20

  static func run(_ n: Int, _ job: @escaping @Sendable () -> Void) {
    if n <= 1 {
      job()
      return
    }
    let group = DispatchGroup()
    for _ in 0..<n {
      group.enter()
      let t = Thread {
        job()
        group.leave()
      }
      t.stackSize = stackSize
      t.start()
    }
    group.wait()
  }
}

/// Hands out file indices in order to whichever worker asks next, so a slow file does not idle the others.
final class WorkQueue: @unchecked Sendable {
  private let lock = NSLock()
  private var nextIndex = 0
  private let count: Int

  init(count: Int) { self.count = count }

  func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < count else { return nil }
    nextIndex += 1
    return nextIndex - 1
  }
}
