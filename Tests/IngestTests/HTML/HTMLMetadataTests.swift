import Foundation
import Model
import Testing

@testable import Ingest

/// Title, publisher and publication day from markup.
struct HTMLMetadataTests {
  private func hints(_ html: String) throws -> MetadataHints {
    try HTMLTestSupport.read(html + "<p>Body text.</p>").hints
  }

  @Test func titleElementLosesThePublisherSuffix() throws {
    let h = try hints(
      "<head><title>Trust replies to coroner | The Courier</title><meta name='publisher' content='The Courier'></head>")
    #expect(h.title == "Trust replies to coroner")
    #expect(h.publisher == "The Courier")
  }

  @Test func openGraphTitleWins() throws {
    #expect(
      try hints("<head><title>Page - Site</title><meta property='og:title' content='Clean  title'></head>").title
        == "Clean title")
  }

  @Test func publisherURLIsNotAName() throws {
    #expect(
      try hints("<head><meta property='article:publisher' content='https://www.facebook.com/courier'></head>")
        .publisher == nil)
  }

  @Test func publishedDayFromJSONLD() throws {
    let h = try hints(
      #"<head><script type="application/ld+json">{"datePublished": "2023-11-30T08:00:00Z", "publisher": {"@type": "Organization", "name": "Daily Example"}}</script></head>"#
    )
    #expect(h.published == CalendarDay(year: 2023, month: 11, day: 30))
    #expect(h.publisher == "Daily Example")
  }

  @Test func publishedDayFromTheArticlesTimeElement() throws {
    let html = """
      <body><div class="latest"><time datetime="2020-01-01">old</time></div><article>
      <aside><time datetime="2019-05-05">related</time></aside><p>By A Writer, <time datetime="2024-06-12T10:00">12 June</time></p>
      </article></body>
      """
    #expect(try hints(html).published == CalendarDay(year: 2024, month: 6, day: 12))
  }

  @Test func microdataDatePublished() throws {
    #expect(
      try hints("<body><span itemprop='datePublished' content='2022-03-04'>4 March</span></body>").published
        == CalendarDay(year: 2022, month: 3, day: 4))
  }

  @Test func noDateWithoutMarkup() throws {
    #expect(try hints("<body><time datetime='2024-13-40'>bad</time></body>").published == nil)
    #expect(HTMLMetadata.day("2024-02-30") == nil)
    #expect(HTMLMetadata.day("20240101") == nil)
  }
}
