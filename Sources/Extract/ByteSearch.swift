/// Substring search over UTF-8 bytes, for cheap tests that run on every sentence.
enum ByteSearch {
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    let n = needle.count
    guard n > 0, haystack.count >= n, let first = needle.first else { return n == 0 }
    var i = 0
    let last = haystack.count - n
    while i <= last {
      if haystack[i] == first {
        var k = 1
        while k < n, haystack[i + k] == needle[k] { k += 1 }
        if k == n { return true }
      }
      i += 1
    }
    return false
  }
}
