import Extract
import Model
import Testing

/// Pinned anchor: a letter dated Friday 19 January 2024.
private let anchor = CalendarDay(year: 2024, month: 1, day: 19)!

private func dates(_ text: String, anchor: CalendarDay? = anchor) -> [DateMention] {
  let doc = ParsedDocument(text: DocumentText(text), format: .text, blocks: [])
  return DateExtractor().extract(doc, anchor: anchor)
}

private func texts(_ text: String, anchor: CalendarDay? = anchor) -> [String] {
  dates(text, anchor: anchor).map(\.text)
}

private func range(_ m: DateMention?) -> String {
  guard let m else { return "none" }
  return m.start == m.end ? m.start.iso : "\(m.start.iso)/\(m.end.iso)"
}

private func only(_ text: String, anchor: CalendarDay? = anchor) -> String {
  let found = dates(text, anchor: anchor)
  return found.count == 1 ? "\(found[0].text) = \(range(found[0]))" : "\(found.map(\.text))"
}

@Suite struct AbsoluteDateTests {
  @Test func specificDays() {
    #expect(only("I write in response to your report of 19 January 2024.") == "19 January 2024 = 2024-01-19")
    #expect(only("the inquest touching her death on the 12th of June 2023") == "the 12th of June 2023 = 2023-06-12")
    #expect(only("Published January 19, 2024 by the department") == "January 19, 2024 = 2024-01-19")
    #expect(only("She was admitted on Friday 19 July 2024 and") == "Friday 19 July 2024 = 2024-07-19")
    #expect(only("On the 15 December 2022 he attended") == "the 15 December 2022 = 2022-12-15")
    #expect(only("seen on the morning of 3 July 2023 by") == "the morning of 3 July 2023 = 2023-07-03")
  }

  @Test func numericDatesAreDayFirst() {
    #expect(only("operated on 8/10/2023 under general") == "8/10/2023 = 2023-10-08")
    #expect(only("reviewed on 18.6.2021 by the GP") == "18.6.2021 = 2021-06-18")
    #expect(only("Date of birth: 29.01.82") == "29.01.82 = 1982-01-29")
    #expect(only("see paragraphs 2.6 and 2.7 and section 1.2.10") == "[]")
  }

  @Test func dayWithoutYearTakesTheYearAroundIt() {
    let found = dates("She was admitted on 2 December 2023. On 6 December she was reviewed; on 28 December she died.")
    #expect(found.map(\.text) == ["2 December 2023", "6 December", "28 December"])
    #expect(found.map { range($0) } == ["2023-12-02", "2023-12-06", "2023-12-28"])
    // Nothing before it: the anchor's year.
    #expect(only("your report of 5 November") == "5 November = 2024-11-05")
  }

  @Test func dayWithoutYearCrossesNewYear() {
    let found = dates("No inspections took place in December 2023. They resumed in January.")
    #expect(found.map { range($0) } == ["2023-12-01/2023-12-31", "2024-01-01/2024-01-31"])
  }

  @Test func monthsAndLists() {
    let found = dates("reports were published in March, June, September and December 2023.")
    #expect(found.map(\.text) == ["March", "June", "September", "December 2023"])
    #expect(range(found[0]) == "2023-03-01/2023-03-31")
    #expect(only("we will consult by March 2024") == "March 2024 = 2024-03-01/2024-03-31")
  }

  @Test func mayAloneIsAVerb() {
    #expect(texts("The trust may wish to review its policy.") == [])
    #expect(only("We met on 28 May 2024.") == "28 May 2024 = 2024-05-28")
  }

  @Test func seasonsAndTerms() {
    #expect(only("We will publish the roadmap in spring 2024.") == "spring 2024 = 2024-03-01/2024-05-31")
    #expect(only("Calls were made in autumn term 2023.") == "autumn term 2023 = 2023-09-01/2023-12-31")
    #expect(only("the work will carry on this spring") == "this spring = 2024-03-01/2024-05-31")
    #expect(only("training all inspectors this term") == "this term = 2024-01-01/2024-03-31")
    #expect(only("monitoring spring/ summer 2025.") == "spring/ summer 2025 = 2025-03-01/2025-08-31")
    #expect(only("we plan to undertake this winter/ early 2025.", anchor: CalendarDay(year: 2024, month: 12, day: 2)!)
      == "this winter/ early 2025 = 2024-12-01/2025-03-31")
  }

  @Test func habitualSeasonsAreNotDates() {
    #expect(texts("vegetation grows quickly during summer months") == [])
    #expect(texts("events held in the spring / summer period") == [])
    #expect(texts("in the short term and over the long term") == [])
  }

  @Test func periodsOfAYear() {
    #expect(only("by the end of March 2024") == "the end of March 2024 = 2024-03-31")
    #expect(only("During the first half of 2024, we will review") == "the first half of 2024 = 2024-01-01/2024-06-30")
    #expect(only("subject to engagement in early 2025.") == "early 2025 = 2025-01-01/2025-03-31")
    #expect(only("at the start of January 2024") == "the start of January 2024 = 2024-01-01/2024-01-31")
    #expect(only("in the first few weeks of January 2024") == "the first few weeks of January 2024 = 2024-01-01/2024-01-21")
    #expect(only("from the week commencing 11 December 2023") == "the week commencing 11 December 2023 = 2023-12-11/2023-12-17")
    #expect(only("Q3 2024 figures") == "Q3 2024 = 2024-07-01/2024-09-30")
    #expect(only("TfL taking over the road in the 1920s") == "the 1920s = 1920-01-01/1929-12-31")
    #expect(only("collisions in the three years up to 31 July 2024") == "the three years up to 31 July 2024 = 2021-08-01/2024-07-31")
  }

  @Test func ranges() {
    #expect(only("Between January and March 2024 we will") == "Between January and March 2024 = 2024-01-01/2024-03-31")
    #expect(only("Throughout 2024 and 2025, we will use") == "2024 and 2025 = 2024-01-01/2025-12-31")
    #expect(only("Between 20 August 2023 and 6 March 2024 she") == "Between 20 August 2023 and 6 March 2024 = 2023-08-20/2024-03-06")
    #expect(only("the period 31 December 2022 to 1 January 2023") == "the period 31 December 2022 to 1 January 2023 = 2022-12-31/2023-01-01")
    // "from … until …" stays two dates: "from" governs each.
    #expect(texts("from 20 August 2023 until 6 March 2024") == ["20 August 2023", "6 March 2024"])
  }

  @Test func academicAndFinancialYears() {
    #expect(only("introduce them in the 2024/25 academic year") == "the 2024/25 academic year = 2024-09-01/2025-08-31")
    #expect(only("introduce them in the 2024-25 academic year") == "the 2024-25 academic year = 2024-09-01/2025-08-31")
    #expect(only("funding for financial year 2024/25") == "financial year 2024/25 = 2024-04-01/2025-03-31")
    #expect(only("the NHS planning process for 2025/26") == "2025/26 = 2025-04-01/2026-03-31")
  }

  @Test func bareYears() {
    #expect(only("since it was launched in 2019.") == "2019 = 2019-01-01/2019-12-31")
    #expect(only("(Courts and Tribunals Judiciary - Response from NARU, 2024).") == "2024 = 2024-01-01/2024-12-31")
  }

  @Test func yearsInNamesAreNotDates() {
    #expect(texts("under Schedule 5 of the Coroners and Justice Act 2009 and the Coroners (Investigations) Regulations 2013") == [])
    #expect(texts("controlled under the Misuse of Drugs Act 1971 (“the 1971 Act”).") == [])
    #expect(texts("© Crown copyright 2024") == [])
    #expect(texts("Ref: 2024-0593") == [])
    #expect(texts("nominate a team for the 2025 Pearson National Teaching Awards") == [])
    #expect(texts("SI 2014/2936 r.12(2)(g)") == [])
    #expect(texts("call 0300 123 2040 for advice") == [])
  }
}

@Suite struct RelativeDateTests {
  @Test func anchoredOnTheDocumentDate() {
    #expect(only("published today") == "today = 2024-01-19")
    #expect(only("inspections restart next week") == "next week = 2024-01-22/2024-01-28")
    #expect(only("announced last week") == "last week = 2024-01-08/2024-01-14")
    #expect(only("published last month") == "last month = 2023-12-01/2023-12-31")
    #expect(only("as announced earlier this week") == "earlier this week = 2024-01-15/2024-01-18")
    #expect(only("over the weekend") == "the weekend = 2024-01-20/2024-01-21")
    #expect(only("Inspections are due to restart on Monday") == "Monday = 2024-01-22")
    #expect(only("This happened two years ago") == "two years ago = 2022-01-01/2022-12-31")
    #expect(only("as we said last year") == "last year = 2023-01-01/2023-12-31")
    #expect(only("she died in January last year") == "January last year = 2023-01-01/2023-01-31")
    #expect(only("over the past year") == "the past year = 2023-01-19/2024-01-19")
    #expect(only("by the end of the year") == "the end of the year = 2024-12-31")
  }

  @Test func anchorNeverTheClock() {
    #expect(texts("published today; inspections restart next week", anchor: nil) == [])
    #expect(texts("we will do this this year", anchor: nil) == [])
  }

  @Test func countedFromTheDateBefore() {
    let found = dates("She was seen on 6 October 2023. The following day she was worse and the next day she was admitted.", anchor: nil)
    #expect(found.map(\.text) == ["6 October 2023", "The following day", "the next day"])
    #expect(found.map { range($0) } == ["2023-10-06", "2023-10-07", "2023-10-08"])
    let later = dates("the Corston review in 2007 and the case of Coll v SSJ ten years later", anchor: nil)
    #expect(later.map { range($0) } == ["2007-01-01/2007-12-31", "2017-01-01/2017-12-31"])
    #expect(dates("a review on 20/4/2021. Three days later she returned.", anchor: nil).map { range($0) } == ["2021-04-20", "2021-04-23"])
  }

  @Test func vaguePhrasesAreNotDates() {
    #expect(texts("in recent years, in the future and at present; in the weeks and months to come") == [])
    #expect(texts("she was seen in the morning and that evening") == [])
    #expect(texts("In today's educational landscape") == [])
  }
}

@Suite struct SplitYearTests {
  @Test func longTermPlanIsNotASchoolWord() {
    #expect(only("the NHS Long Term Plan funding from 2019/20 onwards") == "2019/20 = 2019-04-01/2020-03-31")
    #expect(only("pupils will sit the tests in 2024/25") == "2024/25 = 2024-09-01/2025-08-31")
  }

  @Test func bracketedStatuteYear() {
    #expect(texts("see Care under the Mental Health Act (1983)).") == [])
  }
}
