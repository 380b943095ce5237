import Foundation
import Model

/// Builds a document's normalised text block by block, recording each block's span as it goes.
///
/// Every reader (plain text, HTML, PDF) feeds blocks here, so offsets are computed in one place:
/// blocks are separated by a newline, and whitespace inside a block is collapsed to single spaces.
public struct DocumentBuilder {
  /// The text so far as UTF-8, with its length in scalars (what spans count): building a String from an array
  /// of scalars was a quarter of the HTML reader's time.
  /// The text is the first `length` bytes; the storage runs ahead so each block is collapsed straight into it.
  private var utf8: [UInt8] = []
  private var length = 0
  private var scalarCount = 0
  public private(set) var blocks: [Block] = []
  public var diagnostics: [Diagnostic] = []

  public init() {}

  /// Appends a block; text that is empty once whitespace is collapsed is dropped.
  public mutating func append(_ kind: Block.Kind, level: Int? = nil, marker: String? = nil, text: String) {
    var text = text
    text.withUTF8 { append(kind, level: level, marker: marker, bytes: $0) }
  }

  /// Appends a block from valid UTF-8, as `append(_:level:marker:text:)` would from the same text.
  mutating func append(_ kind: Block.Kind, level: Int? = nil, marker: String? = nil, utf8: [UInt8]) {
    utf8.withUnsafeBufferPointer { append(kind, level: level, marker: marker, bytes: $0) }
  }

  /// Collapses white space and drops invisible characters straight from the bytes: going through the String's
  /// scalars cost a tenth of the HTML reader's time.
  private mutating func append(_ kind: Block.Kind, level: Int?, marker: String?, bytes b: UnsafeBufferPointer<UInt8>) {
    let separated = scalarCount > 0
    // The block never grows: a run of spaces becomes at most one, plus the newline before it.
    if utf8.count < length + b.count + 1 { grow(to: length + b.count + 1) }
    let start = length
    let (end, count) = utf8.withUnsafeMutableBufferPointer { out -> (Int, Int) in
      guard let src = b.baseAddress, let dst = out.baseAddress else { return (start, 0) }
      var o = start
      if separated {
        out[o] = 0x0A
        o += 1
      }
      var count = 0
      var pendingSpace = false
      var i = 0
      let n = b.count
      while i < n {
        let x = b[i]
        if x &- 0x21 < 0x5E {  // a run of printable ASCII, kept as it is
          if pendingSpace {
            out[o] = 0x20
            o += 1
            count += 1
            pendingSpace = false
          }
          var j = i
          repeat {
            dst[o &+ (j &- i)] = src[j]
            j &+= 1
          } while j < n && src[j] &- 0x21 < 0x5E
          o += j - i
          count += j - i
          i = j
          continue
        }
        var width = 1
        var space = false
        var drop = false
        if x < 0x80 {
          space = x == 0x20 || (x >= 0x09 && x <= 0x0D)
          drop = !space  // control characters
        } else if x < 0xE0 {
          width = 2
          if i + 1 < n {
            let v = UInt32(x & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            space = v == 0xA0
            drop = v == 0xAD  // soft hyphen
          }
        } else if x < 0xF0 {
          width = 3
          if i + 2 < n {
            let v = UInt32(x & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            switch v {
            case 0x2028, 0x2029, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: space = true
            case 0x200B...0x200D, 0xFEFF: drop = true  // zero-width marks
            default: break
            }
          }
        } else {
          width = 4
        }
        width = min(width, n - i)
        if space {
          pendingSpace = count > 0
        } else if !drop {
          if pendingSpace {
            out[o] = 0x20
            o += 1
            count += 1
            pendingSpace = false
          }
          for k in 0..<width { out[o + k] = b[i + k] }
          o += width
          count += 1
        }
        i += width
      }
      return (o, count)
    }
    guard count > 0 else { return }
    length = end
    if scalarCount > 0 { scalarCount += 1 }
    let first = scalarCount
    scalarCount += count
    // Most markers ("•", "1.") have nothing to trim; trimming walks Unicode properties.
    let trimmedMarker = marker.map { m in
      let scalars = m.unicodeScalars
      if let f = scalars.first, let l = scalars.last, !f.properties.isWhitespace, !l.properties.isWhitespace {
        return m
      }
      return m.trimmingWhitespace()
    }
    blocks.append(
      Block(kind: kind, level: level, marker: trimmedMarker?.isEmpty == true ? nil : trimmedMarker,
            span: TextSpan(first, scalarCount)))
  }

  /// Moves the text to storage of at least `capacity` bytes, doubling so appends stay linear.
  private mutating func grow(to capacity: Int) {
    let capacity = max(capacity, 2 * utf8.count, 4096)
    let old = utf8
    let length = length
    utf8 = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
      old.withUnsafeBufferPointer { text in
        if let from = text.baseAddress { buffer.baseAddress!.initialize(from: from, count: length) }
      }
      (buffer.baseAddress! + length).initialize(repeating: 0, count: capacity - length)
      initialized = capacity
    }
  }

  public var isEmpty: Bool { blocks.isEmpty }

  /// Finishes the document: the text, its blocks, and sentences split within each block.
  public func build(format: DocumentFormat, hints: MetadataHints = MetadataHints()) -> ParsedDocument {
    let text = DocumentText(String(decoding: utf8[..<length], as: UTF8.self))
    let sentences = SentenceSplitter().split(text, blocks: blocks)
    return ParsedDocument(
      text: text, format: format, blocks: blocks, sentences: sentences, diagnostics: diagnostics,
      hints: hints)
  }
}
