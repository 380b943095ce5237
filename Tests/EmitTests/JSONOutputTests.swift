import Emit
import Foundation
import Ingest
import Model
import Pipeline
import Testing

/// JSONOutput against the JSONEncoder it replaces, byte for byte, on edge cases and on every record the pipeline
/// makes of the corpus (and of the dev set when it is there).
@Suite struct JSONOutputTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let devsetDocs = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/devset/docs")
  static var hasDevset: Bool { FileManager.default.fileExists(atPath: devsetDocs.path) }

  static func reference<T: Encodable>(_ value: T, pretty: Bool, escapeSlashes: Bool = false) throws -> Data {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    if pretty { e.outputFormatting.insert(.prettyPrinted) }
    if !escapeSlashes { e.outputFormatting.insert(.withoutEscapingSlashes) }
    return try e.encode(value)
  }

  /// Both layouts, slashes escaped or not.
  func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
    for pretty in [false, true] {
      for escapeSlashes in [false, true] {
        let ours = try JSONOutput.encode(value, pretty: pretty, escapeSlashes: escapeSlashes)
        let theirs = try Self.reference(value, pretty: pretty, escapeSlashes: escapeSlashes)
        let shown = [ours, theirs].map { String(decoding: $0, as: UTF8.self).debugDescription }
        #expect(
          ours == theirs, "pretty: \(pretty), escapeSlashes: \(escapeSlashes)\nours:   \(shown[0])\ntheirs: \(shown[1])",
          sourceLocation: sourceLocation)
      }
    }
  }

  // MARK: keys

  @Test func keysSortByTheirUTF8Bytes() throws {
    let keys = [
      "a", "B", "a1", "a10", "a2", "_x", "é", "Z", "", "~", "10", "9", "A", "aa", "a_", "ﬀ", "\u{FFFF}", "\u{10000}",
    ]
    try expectSame(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
  }

  @Test func keysEqualInTheirFirstEightBytesStillSort() throws {
    try expectSame(Keys(["abcdefgh2", "abcdefgh10", "abcdefgh", "abcdefgh1", "abcdefg", "abcdefgh\u{0}", "abcdefghé"]))
  }

  @Test func escapedKeysSortAsWritten() throws {
    // Escaping makes `"` (0x22) start with `\` (0x5C); the order is still that of the key itself.
    try expectSame(Keys(["a\"", "aZ", "a\u{1}", "a\\", "a/", "a.", "a0", "a\n", "a\"b\"c\"d\"e"]))
  }

  @Test func aDecomposedKeySortsByItsBytes() throws {
    try expectSame(Keys(["f", "e\u{301}", "ea"]))
  }

  @Test func intKeysAreWrittenAsStrings() throws {
    try expectSame([10: "c", 2: "b", 1: "a"])
  }

  // MARK: strings

  @Test func asciiIsEscapedAsJSONEncoderDoes() throws {
    let ascii = String(decoding: Array(0...0x7F), as: UTF8.self)
    try expectSame(ascii)
    try expectSame([ascii: ascii])
  }

  @Test func nonASCIIIsCopied() throws {
    try expectSame(["\u{80}\u{9F}\u{A0}\u{2028}\u{2029}\u{FEFF}\u{FFFD}é😀/e\u{301}": "\u{2028}\u{2029}é😀 a/b"])
  }

  @Test(arguments: ["\"", "\\", "/", "\n", "\u{0}", "\u{1F}", "\u{7F}", "é", " "])
  func anEscapeAnywhereInALongString(special: String) throws {
    // The writer scans eight bytes at a time: every position in and around a word.
    let strings = (0..<20).map { i in String(repeating: "x", count: i) + special + String(repeating: "y", count: 19 - i) }
    try expectSame(strings)
    try expectSame(Keys(strings))
  }

  // MARK: numbers

  @Test func doublesAsJSONEncoderWritesThem() throws {
    try expectSame([
      0.0, -0.0, 1.0, 0.1, 1e21, 1e-7, 123456789012.5, 1e15, 1e16, 1e17, 12345678901234567890.0, 9007199254740993.0,
      2.5e-5, 1e-6, 1e20, 1.5e300, -3.25, 100.0, 1 / 3.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
      4503599627370496.5, -1e-300,
    ])
    try expectSame(["value": 123456789012.5])
  }

  @Test func floatsAsJSONEncoderWritesThem() throws {
    try expectSame([Float(0.1), 1, 3.4e38, 1e-7, 16777216, -0.0, .greatestFiniteMagnitude])
  }

  @Test func integersAsJSONEncoderWritesThem() throws {
    try expectSame([Int.min, Int.max, 0, -1, 9, 10, -10, 99, 100])
    try expectSame([Int64.min, Int64.max])
    try expectSame([UInt64.max, 0])
    try expectSame(Integers())
  }

  @Test func boolsAndNulls() throws {
    try expectSame([true, false])
    try expectSame([Int?.none, 1, nil])
    try expectSame(Nils())
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func nonFiniteNumbersAreRefused(value: Double) throws {
    #expect(throws: EncodingError.self) { try Self.reference([value], pretty: false) }
    #expect(throws: EmitError.self) { try JSONOutput.encode([value], pretty: false) }
    #expect(throws: EmitError.self) { try JSONOutput.encode(["figure": value], pretty: true) }
  }

  // MARK: layout

  @Test func emptyAndNestedContainers() throws {
    try expectSame([Int]())
    try expectSame([String: Int]())
    try expectSame(["a": [Int](), "b": [], "c": [1]])
    try expectSame(["b": ["x": [String: Int]()], "a": [:]])
    try expectSame([[[Int]]]([[[]], [], [[1, 2], []]]))
    try expectSame(["a": [["b": [[Int]]([[], [3]])]]])
  }

  @Test func scalarsAtTheTop() throws {
    try expectSame(1)
    try expectSame("a/b\n")
    try expectSame(2.5)
    try expectSame(true)
    try expectSame(Int?.none)
  }

  @Test func containersOpenedInTurn() throws {
    try expectSame(Nested())
    try expectSame([Nested(), Nested()])
    try expectSame(TwoKeyedContainers())
    try expectSame(["wrapped": WrapsADictionary()])
    try expectSame(WrapsADictionary())
  }

  @Test func aValueThatEncodesNothing() throws {
    try expectSame(["x": EncodesNothing()])
    try expectSame([EncodesNothing()])
    #expect(throws: EncodingError.self) { try Self.reference(EncodesNothing(), pretty: false) }
    #expect(throws: EmitError.self) { try JSONOutput.encode(EncodesNothing(), pretty: false) }
  }

  @Test func datesAsSecondsSinceTheReferenceDate() throws {
    try expectSame(["d": Date(timeIntervalSinceReferenceDate: 12.5), "e": Date(timeIntervalSince1970: 0)])
  }

  @Test func codingPathsAsJSONEncoderGivesThem() throws {
    let ours = PathRecorder.Log()
    let theirs = PathRecorder.Log()
    _ = try JSONOutput.encode(["a": [PathRecorder(log: ours)]], pretty: false)
    _ = try Self.reference(["a": [PathRecorder(log: theirs)]], pretty: false)
    #expect(ours.paths == theirs.paths)
    #expect(ours.paths.count == 3)
  }

  // MARK: what our records never use, refused

  @Test func typesJSONEncoderWritesItsOwnWayAreRefused() throws {
    #expect(throws: EmitError.self) { try JSONOutput.encode(["d": Data([1, 2, 3])], pretty: true) }
    #expect(throws: EmitError.self) { try JSONOutput.encode([URL(fileURLWithPath: "/tmp/x")], pretty: true) }
    #expect(throws: EmitError.self) { try JSONOutput.encode(Decimal(string: "1.5")!, pretty: true) }
  }

  @Test func superEncodersAreRefused() throws {
    #expect(throws: EmitError.self) { try JSONOutput.encode(UsesSuperEncoder(), pretty: false) }
  }

  @Test func aKeyWrittenTwiceIsRefused() throws {
    // JSONEncoder keeps the last value.
    #expect(throws: EmitError.self) { try JSONOutput.encode(Keys(["b", "a", "b"]), pretty: false) }
  }

  @Test func aContainerUsedAfterItsValueIsRefused() throws {
    #expect(throws: EmitError.self) { try JSONOutput.encode(KeepsAContainer(), pretty: false) }
  }

  @Test func errorsNameThePath() throws {
    let error = #expect(throws: EmitError.self) {
      try JSONOutput.encode(["figures": [["value": Double.nan]]], pretty: true)
    }
    #expect("\(error!)".contains("figures[0].value"))
  }

  // MARK: real records

  func corpusFiles(in dir: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
      .filter { SourceFile.format(forPath: $0.path) != nil }
      .sorted { $0.path < $1.path }
  }

  /// Each document's record, as `pfd ingest` writes it and in compact form, and its parse as `pfd parse` prints it.
  func expectRecordsMatch(in dir: URL) throws {
    let files = try corpusFiles(in: dir)
    #expect(!files.isEmpty)
    let processor = DocumentProcessor()
    for url in files {
      let source = try SourceFile.read(path: url.path)
      let (record, _) = try processor.process(source, id: url.deletingPathExtension().lastPathComponent)
      let name = url.lastPathComponent
      #expect(try RecordEncoder.encode(record) == Self.reference(record, pretty: true) + [0x0A], "\(name)")
      #expect(try JSONOutput.encode(record, pretty: false) == Self.reference(record, pretty: false))
      let doc = try processor.ingester.parse(source)
      let parsed = ParsedRecord(
        source: url.path, format: doc.format, text: doc.text.string, blocks: doc.blocks, sentences: doc.sentences,
        diagnostics: doc.diagnostics)
      #expect(try JSONOutput.encode(parsed, pretty: false) == Self.reference(parsed, pretty: false), "\(name)")
      #expect(try ParsedRecordLine.encode(parsed) == Self.reference(parsed, pretty: false), "\(name)")
    }
  }

  @Test func parsedLinesWithEveryOptionalFieldAndEscapes() throws {
    let text = "A \"quoted\" line\twith\\ a/slash\u{1}, é and 😀\nnext"
    let parsed = ParsedRecord(
      source: "dir/“file”.html", format: .html, text: text,
      blocks: [
        Block(kind: .heading, level: 2, marker: "1.", span: TextSpan(0, 5)), Block(kind: .listItem, span: TextSpan(5, 9)),
      ],
      sentences: [Sentence(span: TextSpan(0, 5), block: 0)],
      diagnostics: [Diagnostic(.warning, "3 bytes \"replaced\"", span: TextSpan(1, 2)), Diagnostic(.info, "no span")])
    #expect(try ParsedRecordLine.encode(parsed) == Self.reference(parsed, pretty: false))
    let empty = ParsedRecord(source: "x.txt", format: .text, text: "", blocks: [], sentences: [], diagnostics: [])
    #expect(try ParsedRecordLine.encode(empty) == Self.reference(empty, pretty: false))
  }

  @Test func corpusRecordsAreByteForByteJSONEncoders() throws {
    try expectRecordsMatch(in: Self.packageRoot.appendingPathComponent("corpus"))
  }

  @Test(.enabled(if: hasDevset, "../shared/devset is absent (a user's clone): the dev-set records are not compared"))
  func devsetRecordsAreByteForByteJSONEncoders() throws {
    try expectRecordsMatch(in: Self.devsetDocs)
  }

  @Test func indexAndSummaryAreByteForByteJSONEncoders() throws {
    let entries = (0..<3).map { i in
      IndexEntry(
        id: "d\(i)", source: "corpus/“quoted” \(i)/file.txt",
        sha256: i == 1 ? nil : String(repeating: "ab", count: 32),
        format: i == 2 ? .html : .text, status: i == 1 ? .failed : .ok, reason: i == 1 ? "bad \"input\"\nhere" : nil,
        pipeline: "0.1.0")
    }
    for index in [RunIndex(documents: entries), RunIndex(documents: [])] {
      #expect(try RecordEncoder.encode(index) == Self.reference(index, pretty: true) + [0x0A])
    }

    // `pfd ingest --json` escapes slashes, as it did with JSONEncoder.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-json-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Data("We will publish the plan by March 2024.".utf8).write(to: dir.appendingPathComponent("good.txt"))
    try Data().write(to: dir.appendingPathComponent("empty.txt"))
    let options = BatchIngest.Options(paths: [dir.path, "/nonexistent/x.txt"], output: dir.appendingPathComponent("out"))
    let summary = try BatchIngest(options: options).run()
    #expect(summary.failures.count == 2)
    try expectSame(summary)

    let report = try JSONDecoder().decode(
      EvalReport.self,
      from: Data(
        #"""
        {"missingDocuments": ["a/b.txt"], "fields": {"dates": {"matched": 3, "gold": 4, "predicted": 5}},
         "attributes": {}, "soft": {"matched": 0, "gold": 0, "predicted": 0},
         "metadata": {"kind": {"correct": 1, "scored": 2}}}
        """#.utf8))
    try expectSame(report)
  }
}

/// A keyed container with the keys given, in that order.
private struct Keys: Encodable {
  var keys: [String]
  init(_ keys: [String]) { self.keys = keys }

  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    for (i, k) in keys.enumerated() { try c.encode(i, forKey: Key(stringValue: k)) }
  }
}

private struct Integers: Encodable {
  enum CodingKeys: String, CodingKey { case i8, i16, i32, i64, u, u8, u16, u32, u64 }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(Int8.min, forKey: .i8)
    try c.encode(Int16.min, forKey: .i16)
    try c.encode(Int32.max, forKey: .i32)
    try c.encode(Int64.min, forKey: .i64)
    try c.encode(UInt.max, forKey: .u)
    try c.encode(UInt8.max, forKey: .u8)
    try c.encode(UInt16.max, forKey: .u16)
    try c.encode(UInt32.max, forKey: .u32)
    var u = c.nestedUnkeyedContainer(forKey: .u64)
    try u.encode(UInt64.max)
    try u.encode(Int8.max)
    try u.encode(UInt8(7))
  }
}

/// encodeIfPresent skips a nil; encodeNil and encode(nil) write null.
private struct Nils: Encodable {
  enum CodingKeys: String, CodingKey { case skipped, explicit, optional, inArray }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(Int?.none, forKey: .skipped)
    try c.encodeNil(forKey: .explicit)
    try c.encode(String?.none, forKey: .optional)
    var u = c.nestedUnkeyedContainer(forKey: .inArray)
    try u.encodeNil()
    try u.encode(Int??.some(nil))
  }
}

/// Nested containers filled one after the other, the way JSONEncoder allows.
private struct Nested: Encodable {
  enum CodingKeys: String, CodingKey { case z, a, m }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    var z = c.nestedContainer(keyedBy: CodingKeys.self, forKey: .z)
    try z.encode(1, forKey: .m)
    try z.encode("x", forKey: .a)
    var a = c.nestedUnkeyedContainer(forKey: .a)
    try a.encode(2)
    var inner = a.nestedUnkeyedContainer()
    try inner.encode(3)
    var keyed = a.nestedContainer(keyedBy: CodingKeys.self)
    try keyed.encode(4, forKey: .z)
    try keyed.encode(5, forKey: .a)
    try c.encode([String](), forKey: .m)
  }
}

private struct TwoKeyedContainers: Encodable {
  enum CodingKeys: String, CodingKey { case a, b }

  func encode(to encoder: Encoder) throws {
    var first = encoder.container(keyedBy: CodingKeys.self)
    try first.encode(2, forKey: .b)
    var second = encoder.container(keyedBy: CodingKeys.self)
    try second.encode(1, forKey: .a)
  }
}

private struct WrapsADictionary: Encodable {
  func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(["y": [1], "x": []])
  }
}

private struct EncodesNothing: Encodable {
  func encode(to encoder: Encoder) throws {}
}

private struct UsesSuperEncoder: Encodable {
  enum CodingKeys: String, CodingKey { case a }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    var s = c.superEncoder().singleValueContainer()
    try s.encode(5)
  }
}

/// Writes into a child value's container after the child was written.
private struct KeepsAContainer: Encodable {
  enum CodingKeys: String, CodingKey { case a, b }

  final class Box: @unchecked Sendable {
    var container: KeyedEncodingContainer<CodingKeys>?
  }

  struct Child: Encodable {
    let box: Box
    func encode(to encoder: Encoder) throws {
      box.container = encoder.container(keyedBy: CodingKeys.self)
      try box.container?.encode(1, forKey: .a)
    }
  }

  func encode(to encoder: Encoder) throws {
    let box = Box()
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(Child(box: box), forKey: .a)
    try box.container?.encode(2, forKey: .b)
  }
}

/// Records the coding path each encoder it meets reports.
private struct PathRecorder: Encodable {
  final class Log: @unchecked Sendable {
    var paths: [[String]] = []
  }

  let log: Log

  func encode(to encoder: Encoder) throws {
    log.paths.append(encoder.codingPath.map(\.stringValue))
    var c = encoder.unkeyedContainer()
    log.paths.append(c.codingPath.map(\.stringValue))
    try c.encode(Leaf(log: log))
  }

  struct Leaf: Encodable {
    let log: Log
    func encode(to encoder: Encoder) throws {
      log.paths.append(encoder.codingPath.map(\.stringValue))
      var c = encoder.singleValueContainer()
      try c.encode(1)
    }
  }
}
