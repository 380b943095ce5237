import Foundation
import Model
import Testing

@testable import Extract

@Suite struct SentenceEndScanTests {
  @Test func spaceTestAgreesWithICUForEveryBMPUnit() throws {
    let re = try NSRegularExpression(pattern: #"\s"#)
    var wrong: [UInt16] = []
    for u in UInt16(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(u) else { continue }
      let s = String(Character(scalar))
      let icu = re.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
      if icu != DateExtractor.isICUSpace(u) { wrong.append(u) }
    }
    #expect(wrong.isEmpty, "differs from ICU's \\s at: \(wrong.prefix(10).map { String($0, radix: 16) })")
  }

  @Test func futureIsReadFromTheClauseBeforeTheDateOnly() {
    let text = DocumentText("We will write to you. The review ended in May")
    #expect(!DateExtractor.speaksOfFuture(before: text.length - 3, in: text))
    let ahead = DocumentText("It was agreed. The Trust will publish the plan in May")
    #expect(DateExtractor.speaksOfFuture(before: ahead.length - 3, in: ahead))
  }
}
