import Foundation
import Model

/// Builds a document's normalised text block by block, recording each block's span as it goes.
///
/// Every reader (plain text, HTML, PDF) feeds blocks here, so offsets are computed in one place:
/// blocks are separated by a newline, and whitespace inside a block is collapsed to single spaces.
public struct DocumentBuilder {
  /// The text so far as UTF-8, with its length in scalars (what spans count): building a String from an array
  /// of scalars was a quarter of the HTML reader's time.
  private var utf8: [UInt8] = []
  private var scalarCount = 0
  public private(set) var blocks: [Block] = []
  public var diagnostics: [Diagnostic] = []

  public init() {}

  /// Appends a block; text that is empty once whitespace is collapsed is dropped.
  public mutating func append(_ kind: Block.Kind, level: Int? = nil, marker: String? = nil, text: String) {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var count = 0
    var pendingSpace = false
    for s in text.unicodeScalars {
      switch s.value {
      case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2028, 0x2029, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
        pendingSpace = count > 0
      case 0x00...0x08, 0x0E...0x1F, 0x7F, 0xAD, 0x200B...0x200D, 0xFEFF:
        continue  // control characters, soft hyphens and zero-width marks carry no text
      default:
        if pendingSpace {
          out.append(0x20)
          count += 1
        }
        pendingSpace = false
        if s.value < 0x80 {
          out.append(UInt8(s.value))
        } else {
          UTF8.encode(s) { out.append($0) }
        }
        count += 1
      }
    }
    guard count > 0 else { return }
    if scalarCount > 0 {
      utf8.append(0x0A)
      scalarCount += 1
    }
    let start = scalarCount
    utf8.append(contentsOf: out)
    scalarCount += count
    let trimmedMarker = marker?.trimmingWhitespace()
    blocks.append(
      Block(kind: kind, level: level, marker: trimmedMarker?.isEmpty == true ? nil : trimmedMarker,
            span: TextSpan(start, scalarCount)))
  }

  public var isEmpty: Bool { blocks.isEmpty }

  /// Finishes the document: the text, its blocks, and sentences split within each block.
  public func build(format: DocumentFormat, hints: MetadataHints = MetadataHints()) -> ParsedDocument {
    let text = DocumentText(String(decoding: utf8, as: UTF8.self))
    let sentences = SentenceSplitter().split(text, blocks: blocks)
    return ParsedDocument(
      text: text, format: format, blocks: blocks, sentences: sentences, diagnostics: diagnostics,
      hints: hints)
  }
}
