import Foundation
import Model
import Testing

@testable import Extract

/// An expression tried only where its first words start must find what a search of the whole text finds.
@Suite struct DateStartsTests {
  static let tricky = """
    BATHE 3 March 2024; bathe 3 March; The END of March 2024; ſpring 2024; THE SPRING TERM; x3 March 2024; \
    Monday,  4 March 2024; Tues 5 March; the 1st half of 2025; 2ND HALF OF 2024; just over two years ago; \
    MORE THAN 3 weeks ago; an year later; a week later; w/c 4 March; W/C 11 March; the week commencing 1 May 2024; \
    the 2023/24 academic year; Financial Year 2024-25; later this week; the following Morning; \
    ‘the end of May 2024’; “spring 2025”; 12–14 May; the morning of 5 May 2024; the final quarter of 2024; \
    on Monday, By Friday, until Sunday next week, NEXT TUESDAY; TODAY, Yesterday's; mid-May, the middle of June; \
    EARLY 2025, later in 2024, late-2023; the February half term, Easter half-term 2024; The past 3 weeks; \
    LATER THAT DAY; March 5th; Sept 2023; in December; the\u{00A0}spring term; the  12 weeks up to 1 May; \
    about 3 weeks ago; just under a year ago; over two years ago; the-spring 2024; THE\nCOMING WEEK; earlier this year; \
    the past 2 years; the day after; the period 1 to 3 May; the ſpring; the
    """

  @Test func everyLedRuleAndModifierFindsWhatAWholeSearchFinds() throws {
    let led = (DateRules.all + RelativeDateRules.all).map { ($0.id, $0.regex) } + DateModifiers.all.map { ($0.id, $0.regex) }
    let withStarts = led.filter { $0.1.starts != nil }
    #expect(withStarts.count >= 25)
    var found = 0
    for (name, text) in try DateGateTests().texts() + [("tricky", Self.tricky)] {
      let units = Array(text.utf16)
      let lowered = Array(text.asciiLowercased().utf16)
      let whole = NSRange(location: 0, length: units.count)
      for (id, regex) in withStarts {
        let a = regex.matches(in: units, scanning: lowered, within: whole).map(\.ranges)
        let b = regex.expression.matches(in: units, range: whole).map(\.ranges)
        found += b.count
        #expect(a == b, "\(id) in \(name)")
      }
    }
    #expect(found > 200)
  }
}
