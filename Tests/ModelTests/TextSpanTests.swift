import Foundation
import Model
import Testing

@Suite struct TextSpanTests {
  @Test func encodesAsTwoElementArray() throws {
    let data = try JSONEncoder().encode(TextSpan(3, 9))
    #expect(String(decoding: data, as: UTF8.self) == "[3,9]")
    #expect(try JSONDecoder().decode(TextSpan.self, from: data) == TextSpan(3, 9))
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(TextSpan.self, from: Data("[9,3]".utf8)) }
  }

  @Test func containmentAndOverlap() {
    #expect(TextSpan(0, 10).contains(TextSpan(2, 5)))
    #expect(!TextSpan(2, 5).contains(TextSpan(0, 10)))
    #expect(TextSpan(0, 5).overlaps(TextSpan(4, 8)))
    #expect(!TextSpan(0, 5).overlaps(TextSpan(5, 8)))
  }
}
