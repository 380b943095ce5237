#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// Substring search over UTF-8 bytes, for cheap tests that run on every sentence or document.
enum ByteSearch {
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    let n = needle.count
    guard n > 0 else { return true }
    guard let base = haystack.baseAddress, haystack.count >= n else { return false }
    let first = Int32(needle[0])
    let end = base + haystack.count
    var p = base
    // memchr (vectorised in libc) finds each candidate first byte; memmem is not exported by Glibc's module.
    while end - p >= n, let hit = memchr(p, first, end - p - n + 1) {
      let q = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
      if needle.withUnsafeBufferPointer({ memcmp(q, $0.baseAddress!, n) == 0 }) { return true }
      p = q + 1
    }
    return false
  }
}
