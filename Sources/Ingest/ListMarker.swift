import Foundation

/// Recognises list markers at the start of a line: bullets, "1.", "a)", "(i)", "2c".
enum ListMarker {
  static let pattern = try! NSRegularExpression(
    pattern: #"^(?:([•●▪◦■□‣∙·\*]|[-–—](?=\s))|(\(?(?:\d{1,2}[a-z]?|[a-z]|[ivx]{1,5}|[A-Z])[.)](?=\s))|(\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)))\s*"#)
  static let doubleMarker = try! NSRegularExpression(pattern: #"^[-–•]\s+(\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)])\s+"#)

  /// The marker and the text after it, or nil and the whole line.
  static func split(_ line: String) -> (marker: String?, rest: String) {
    guard mayHaveMarker(line) else { return (nil, line) }
    let ns = line as NSString
    let full = NSRange(location: 0, length: ns.length)
    // "- a. Enhancing…": a bullet before a lettered marker; the letter is the marker that counts.
    if let m = doubleMarker.firstMatch(in: line, range: full) {
      let marker = ns.substring(with: m.range(at: 1))
      let rest = ns.substring(from: m.range.location + m.range.length)
      if !rest.isEmpty { return (marker, rest) }
    }
    guard let m = pattern.firstMatch(in: line, range: full) else { return (nil, line) }
    let marker = ns.substring(with: m.range).trimmingWhitespace()
    let rest = ns.substring(from: m.range.location + m.range.length)
    guard !rest.isEmpty else { return (nil, line) }
    // "A. Bhardwaj, coroner…" and "I. " at a sentence start are initials or pronouns, not markers.
    if marker.count == 2, marker.first!.isUppercase, marker.hasSuffix("."), let f = rest.first, f.isUppercase,
      rest.split(separator: " ").first.map({ $0.count > 1 && $0.hasSuffix(",") }) ?? false
    {
      return (nil, line)
    }
    return (marker, rest)
  }

  /// False when neither expression can match: both are anchored, and a marker starts with a bullet, a dash or a
  /// bracket, or has its "." or ")" within the first seven characters ("(viii)" is the longest). A line that starts
  /// above ASCII is left to the expressions.
  static func mayHaveMarker(_ line: String) -> Bool {
    var utf8 = line.utf8.makeIterator()
    guard let first = utf8.next() else { return false }
    if first >= 0x80 || first == UInt8(ascii: "(") || first == UInt8(ascii: "*") || first == UInt8(ascii: "-") {
      return true
    }
    if first == UInt8(ascii: ".") || first == UInt8(ascii: ")") { return true }
    for _ in 0..<6 {
      guard let b = utf8.next() else { return false }
      if b == UInt8(ascii: ".") || b == UInt8(ascii: ")") { return true }
    }
    return false
  }
}
