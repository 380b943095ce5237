import Foundation

/// Writes small, valid PDFs for tests: pages of Helvetica text at given positions (and filled
/// rectangles), with a correct cross-reference table. Text must be ASCII.
struct TestPDF {
  struct Page {
    var texts: [(x: Double, y: Double, size: Double, text: String)] = []
    var rectangles: [(x: Double, y: Double, width: Double, height: Double)] = []

    /// Places one line of text with its baseline at (x, y), in points from the bottom left.
    mutating func text(_ s: String, x: Double = 72, y: Double, size: Double = 10) {
      texts.append((x, y, size, s))
    }

    /// Places lines one under another from `top`, 14 points apart; returns the next free baseline.
    @discardableResult
    mutating func lines(_ lines: [String], x: Double = 72, top: Double, size: Double = 10) -> Double {
      var y = top
      for line in lines {
        text(line, x: x, y: y, size: size)
        y -= 14
      }
      return y
    }

    mutating func rectangle(x: Double, y: Double, width: Double, height: Double) {
      rectangles.append((x, y, width, height))
    }
  }

  var pages: [Page]

  func bytes() -> [UInt8] {
    var objects: [String] = []
    let firstPage = 4
    let kids = pages.indices.map { "\(firstPage + 2 * $0) 0 R" }.joined(separator: " ")
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for (i, page) in pages.enumerated() {
      var stream = ""
      for r in page.rectangles {
        stream += "0.5 g \(r.x) \(r.y) \(r.width) \(r.height) re f\n"
      }
      for t in page.texts {
        stream += "BT /F1 \(t.size) Tf \(t.x) \(t.y) Td (\(TestPDF.escape(t.text))) Tj ET\n"
      }
      objects.append(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(firstPage + 2 * i + 1) 0 R >>"
      )
      objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)endstream")
    }
    var out = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (i, body) in objects.enumerated() {
      offsets.append(out.utf8.count)
      out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
    }
    let xref = out.utf8.count
    out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for o in offsets { out += String(format: "%010d 00000 n \n", o) }
    out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Array(out.utf8)
  }

  private static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
      .replacingOccurrences(of: ")", with: "\\)")
  }
}
