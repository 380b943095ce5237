import Foundation
import Model
import Testing

@Suite struct CalendarDayTests {
  @Test func rejectsDaysThatDoNotExist() {
    #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
    #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
    #expect(CalendarDay(year: 2024, month: 13, day: 1) == nil)
    #expect(CalendarDay(iso: "2024-04-31") == nil)
  }

  @Test func ordinalRoundTripsAndKnowsWeekdays() {
    let d = CalendarDay(year: 2024, month: 1, day: 19)!
    #expect(CalendarDay(ordinal: d.ordinal) == d)
    #expect(d.weekday == 5)  // a Friday
    #expect(d.adding(days: 3).iso == "2024-01-22")
    #expect(CalendarDay(year: 1970, month: 1, day: 1)!.ordinal == 0)
    #expect(CalendarDay(year: 2024, month: 1, day: 31)!.adding(months: 1).iso == "2024-02-29")
    #expect(CalendarDay(year: 2024, month: 11, day: 30)!.adding(months: 3).iso == "2025-02-28")
  }

  @Test func encodesAsISOString() throws {
    let d = CalendarDay(year: 2024, month: 3, day: 5)!
    let data = try JSONEncoder().encode([d])
    #expect(String(decoding: data, as: UTF8.self) == #"["2024-03-05"]"#)
    #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [d])
    #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2024-02-30"]"#.utf8)) }
  }
}
