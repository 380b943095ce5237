/// The registry trie's hits over a document's tokens: the part of finding body mentions that does not depend on
/// the author, so a document is scanned once and read for as many authors as asked.
public struct BodyScan: Sendable {
  let tokens: [BodyToken]
  /// Scanned for a name typed without capitals (`BodyExtractor.mentions(in:author:caseless:)`).
  let caseless: Bool
  /// Tokens where a registry name or an author reference ("the Department") begins.
  var leads: [(first: Int, alias: (end: Int, index: Int)?, generic: (end: Int, head: String)?)] = []
  var contextHits: [(first: Int, end: Int, owners: [Int])] = []
  var suffixes: [(first: Int, end: Int, pattern: BodyPattern)] = []
  var prefixes: [(first: Int, end: Int, pattern: BodyPattern)] = []

  init(tokens: [BodyToken], caseless: Bool) {
    self.tokens = tokens
    self.caseless = caseless
  }
}
