/// One sentence of a block, by span.
public struct Sentence: Hashable, Sendable, Codable {
  public var span: TextSpan
  /// Index of the block the sentence lies in.
  public var block: Int

  public init(span: TextSpan, block: Int) {
    self.span = span
    self.block = block
  }
}
