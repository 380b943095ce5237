import Foundation
import Model

/// Finds who a letter is addressed to: the address block before "Dear …", or the person saluted.
enum Addressee {
  private static let coronerTitle = try! NSRegularExpression(
    pattern: #"^(?:HM\s+)?(?:senior\s+|area\s+|assistant\s+)?coroner\b"#, options: [.caseInsensitive])
  private static let dear = try! NSRegularExpression(pattern: #"^Dear\s+(.+?)[,.]?$"#)

  static func find(_ doc: ParsedDocument) -> String? {
    let blocks = Array(doc.blocks.prefix(30))
    guard let dearIndex = blocks.firstIndex(where: { doc.text(of: $0.span).hasPrefix("Dear ") }) else { return nil }
    // The name line followed by a coroner's title line, in the address block above the salutation.
    for i in stride(from: dearIndex - 1, through: 1, by: -1) {
      let line = doc.text(of: blocks[i].span)
      let ns = line as NSString
      if coronerTitle.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) != nil {
        let name = doc.text(of: blocks[i - 1].span)
        if name.split(separator: " ").count <= 5, !name.contains(":") { return "\(name), \(line)" }
        return line
      }
    }
    let salutation = doc.text(of: blocks[dearIndex].span)
    let ns = salutation as NSString
    if let m = dear.firstMatch(in: salutation, range: NSRange(location: 0, length: ns.length)) {
      return ns.substring(with: m.range(at: 1))
    }
    return nil
  }
}
