import CLibXML2
import Foundation
import Model

/// Reads HTML with libxml2 into blocks, dropping scripts, navigation and page furniture.
struct HTMLReader {
  func read(_ bytes: [UInt8], path: String) throws -> ParsedDocument {
    throw IngestError.unsupported(path: path, ext: "html")  // TODO(html helper)
  }
}
