import Foundation
import Model
import Testing

@testable import Extract

@Suite struct BodyExtractorSpeedTests {
  /// One pass over the text: 300 KB of letter-like prose takes well under a second even in a debug build.
  @Test func scansLongTextsInOnePass() {
    let paragraph = """
      The Department for Education and Ofsted have written to Leicestershire County Council and the \
      Royal College of Nursing. NHS England will work with the CQC, Kent Police and the London Borough of \
      Hounslow (LBH) on the review, which LBH will publish in the spring.

      """
    let text = String(repeating: paragraph, count: 1000)
    let doc = ParsedDocument(text: DocumentText(text), format: .text, blocks: [])
    let extractor = BodyExtractor()
    _ = extractor.extract(doc)
    let clock = ContinuousClock()
    var found: [BodyMention] = []
    let elapsed = clock.measure { found = extractor.extract(doc) }
    #expect(found.count == 10_000)
    print("bodies: \(text.utf16.count) UTF-16 units in \(elapsed)")
    #expect(elapsed < .seconds(3))
  }
}
