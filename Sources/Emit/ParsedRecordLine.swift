import Foundation
import Model

/// A `ParsedRecord` as one compact JSON line, written field by field in key order: the bytes
/// `JSONOutput.encode(record, pretty: false)` gives (a test compares them), at a fraction of the cost of going
/// through `Codable`, which `pfd parse` pays for every block and sentence.
public enum ParsedRecordLine {
  public static func encode(_ r: ParsedRecord) -> Data {
    let w = JSONWriter(pretty: false, escapeSlashes: false)
    w.put("{\"blocks\":[")
    elements(r.blocks, w) { b in
      w.put("{\"kind\":")
      w.string(b.kind.rawValue)
      if let level = b.level {
        w.put(",\"level\":")
        w.integer(level)
      }
      if let marker = b.marker {
        w.put(",\"marker\":")
        w.string(marker)
      }
      w.put(",\"span\":")
      span(b.span, w)
      w.byte(UInt8(ascii: "}"))
    }
    w.put("],\"diagnostics\":[")
    elements(r.diagnostics, w) { d in
      w.put("{\"message\":")
      w.string(d.message)
      w.put(",\"severity\":")
      w.string(d.severity.rawValue)
      if let s = d.span {
        w.put(",\"span\":")
        span(s, w)
      }
      w.byte(UInt8(ascii: "}"))
    }
    w.put("],\"format\":")
    w.string(r.format.rawValue)
    w.put(",\"schema\":")
    w.string(r.schema)
    w.put(",\"sentences\":[")
    elements(r.sentences, w) { s in
      w.put("{\"block\":")
      w.integer(s.block)
      w.put(",\"span\":")
      span(s.span, w)
      w.byte(UInt8(ascii: "}"))
    }
    w.put("],\"source\":")
    w.string(r.source)
    w.put(",\"text\":")
    w.string(r.text)
    w.byte(UInt8(ascii: "}"))
    return w.data
  }

  /// Each item written by `write`, with commas between.
  private static func elements<T>(_ items: [T], _ w: JSONWriter, _ write: (T) -> Void) {
    for (i, item) in items.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      write(item)
    }
  }

  private static func span(_ s: TextSpan, _ w: JSONWriter) {
    w.byte(UInt8(ascii: "["))
    w.integer(s.start)
    w.byte(UInt8(ascii: ","))
    w.integer(s.end)
    w.byte(UInt8(ascii: "]"))
  }
}
