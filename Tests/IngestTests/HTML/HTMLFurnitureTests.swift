import Foundation
import Model
import Testing

@testable import Ingest

/// Furniture is judged from structure and whole class/id/role words, and never swallows the content.
struct HTMLFurnitureTests {
  @Test(arguments: [
    ("site-nav__item", ["site", "nav", "item"]),
    ("adSlot top", ["ad", "slot", "top"]),
    ("related_stories", ["related", "stories"]),
    ("Download", ["download"]),
  ])
  func classesSplitIntoWords(_ value: String, _ words: [String]) {
    #expect(HTMLFurniture.tokens(value) == words)
  }

  @Test(arguments: [
    "<div class='cookie-notice'>X</div>", "<div id='comments'>X</div>", "<div class='share-tools'>X</div>",
    "<div class='advert'>X</div>", "<div class='ad-container'>X</div>", "<ul class='breadcrumbs'><li>X</li></ul>",
    "<div role='complementary'>X</div>", "<div role='banner'>X</div>", "<div class='sponsored-links'>X</div>",
    "<div class='promo'>X</div>", "<div class='job-listings'>X</div>", "<div aria-label='Social links'>X</div>",
    "<div hidden>X</div>", "<div style='display: none'>X</div>", "<aside>X</aside>", "<nav>X</nav>",
    "<form>X</form>", "<div class='newsletter'>X</div>", "<div class='subscribe-box'>X</div>",
    "<a class='skip-link' href='#main'>X</a>",
  ])
  func furnitureIsDropped(_ snippet: String) throws {
    let doc = try HTMLTestSupport.read("<body><p>Kept paragraph.</p>\(snippet)</body>")
    #expect(doc.text.string == "Kept paragraph.")
  }

  @Test(arguments: [
    "<div class='download-link'>X</div>", "<div class='loader'>X</div>", "<div class='headline'>X</div>",
    "<div class='shared-care'>X</div>", "<div class='advice'>X</div>", "<div class='jobseeker'>X</div>",
    "<p><span class='job-title'>X</span></p>", "<div class='commentary'>X</div>",
  ])
  func wordsThatOnlyContainAHintAreKept(_ snippet: String) throws {
    let doc = try HTMLTestSupport.read("<body><p>Kept paragraph.</p>\(snippet)</body>")
    #expect(doc.text.string == "Kept paragraph.\nX")
  }

  @Test func articleHeaderIsKeptButPageHeaderIsNot() throws {
    let html = """
      <body><header><p>Site name</p></header><article><header class="entry-header"><h1>The headline</h1></header>
      <p>Body text.</p></article></body>
      """
    #expect(try HTMLTestSupport.read(html).text.string == "The headline\nBody text.")
  }

  @Test func wrapperThatLooksLikeFurnitureButHoldsThePageIsKept() throws {
    let long = String(repeating: "The report raised concerns about staffing levels. ", count: 10)
    let pages = [
      "<body><div class='content-with-sidebar'><h1>Title</h1><p>\(long)</p></div><div class='sidebar'>Side</div></body>",
      "<body><form id='aspnetForm'><h1>Title</h1><p>\(long)</p></form></body>",
      "<body><div class='layout-sidebar'><article><h1>Title</h1><p>\(long)</p></article></div></body>",
    ]
    for page in pages {
      let text = try HTMLTestSupport.read(page).text.string
      #expect(text.hasPrefix("Title\nThe report raised"))
      #expect(!text.contains("Side"))
    }
  }
}
