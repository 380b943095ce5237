import Foundation
import Model
import Testing

@testable import Ingest

private typealias Row = HTMLTestSupport.Row

/// How markup becomes blocks: inline elements, implied paragraphs, lists, tables and quotes.
struct HTMLBlockWalkerTests {
  private func rows(_ html: String) throws -> [Row] {
    let doc = try HTMLTestSupport.read(html)
    #expect(HTMLTestSupport.spansAreSound(doc))
    return HTMLTestSupport.rows(doc)
  }

  @Test func inlineElementsStayInTheirBlock() throws {
    #expect(
      try rows("<p>The <a href='#'>Trust</a> has <em>already</em> <strong>acted</strong>;<br>see <span>below</span>.</p>")
        == [Row(.paragraph, nil, nil, "The Trust has already acted; see below.")])
    #expect(try rows("<p>Mc<b>Donald</b></p>") == [Row(.paragraph, nil, nil, "McDonald")])
  }

  @Test func looseTextInContainersBecomesParagraphs() throws {
    #expect(
      try rows("<body>Opening words<div>Inside a div<p>A paragraph</p>Trailing words</div><section>In a section</section></body>")
        == [
          Row(.paragraph, nil, nil, "Opening words"), Row(.paragraph, nil, nil, "Inside a div"),
          Row(.paragraph, nil, nil, "A paragraph"), Row(.paragraph, nil, nil, "Trailing words"),
          Row(.paragraph, nil, nil, "In a section"),
        ])
  }

  @Test func doubleLineBreaksSeparateParagraphs() throws {
    #expect(
      try rows("<div>First paragraph of the letter.<br><br>Second paragraph.<br>Same paragraph.</div>") == [
        Row(.paragraph, nil, nil, "First paragraph of the letter."),
        Row(.paragraph, nil, nil, "Second paragraph. Same paragraph."),
      ])
  }

  @Test func headingsKeepTheirLevels() throws {
    let html = (1...6).map { "<h\($0)>Level \($0)</h\($0)>" }.joined()
    let expected = (1...6).map { (n: Int) in Row(.heading, n, nil, "Level \(n)") }
    let got = try rows(html)
    #expect(got == expected)
  }

  @Test func nestedListsCarryLevelAndMarker() throws {
    let html = """
      <ol start="3"><li>Third<ul><li>Bullet<ol type="i"><li>Deep one</li><li>Deep two</li></ol></li></ul>after the sublist</li>
      <li value="7">Seventh</li><li><p>Eighth, first paragraph</p><p>second paragraph</p></li></ol>
      <ol type="A"><li>Alpha</li><li>Beta</li></ol>
      """
    #expect(
      try rows(html) == [
        Row(.listItem, 1, "3.", "Third"),
        Row(.listItem, 2, "\u{2022}", "Bullet"),
        Row(.listItem, 3, "i.", "Deep one"),
        Row(.listItem, 3, "ii.", "Deep two"),
        Row(.listItem, 1, nil, "after the sublist"),
        Row(.listItem, 1, "7.", "Seventh"),
        Row(.listItem, 1, "8.", "Eighth, first paragraph"),
        Row(.listItem, 1, nil, "second paragraph"),
        Row(.listItem, 1, "A.", "Alpha"),
        Row(.listItem, 1, "B.", "Beta"),
      ])
  }

  @Test func tableCellsAndQuotes() throws {
    let html = """
      <table><thead><tr><th>Concern</th><th>Response</th></tr></thead>
      <tbody><tr><td>Staffing</td><td><p>Recruited 12 nurses</p></td></tr><tr><td></td><td>n/a</td></tr></tbody></table>
      <blockquote><p>First quoted paragraph.</p><p>Second quoted paragraph.</p><ul><li>Quoted item</li></ul></blockquote>
      """
    #expect(
      try rows(html) == [
        Row(.tableCell, nil, nil, "Concern"), Row(.tableCell, nil, nil, "Response"),
        Row(.tableCell, nil, nil, "Staffing"), Row(.tableCell, nil, nil, "Recruited 12 nurses"),
        Row(.tableCell, nil, nil, "n/a"),
        Row(.quote, nil, nil, "First quoted paragraph."), Row(.quote, nil, nil, "Second quoted paragraph."),
        Row(.listItem, 1, "\u{2022}", "Quoted item"),
      ])
  }

  @Test func layoutTablesYieldOrdinaryBlocks() throws {
    let html = """
      <table><tr><td><h1>Annual report</h1><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>
      """
    #expect(
      try rows(html) == [
        Row(.heading, 1, nil, "Annual report"), Row(.paragraph, nil, nil, "First paragraph."),
        Row(.paragraph, nil, nil, "Second paragraph."),
      ])
  }

  @Test func entitiesAreDecoded() throws {
    #expect(
      try rows("<p>&pound;5&nbsp;million &ndash; the Trust&#8217;s &#x201C;plan&#x201D; &amp; &lt;more&gt; &eacute;</p>")
        == [Row(.paragraph, nil, nil, "\u{A3}5 million \u{2013} the Trust\u{2019}s \u{201C}plan\u{201D} & <more> \u{E9}")])
  }

  @Test func headlineAboveMainIsKept() throws {
    let body = String(repeating: "The coroner's findings are set out in full below. ", count: 12)
    let html = """
      <body><div class="masthead-x"><h1>Inquest into the death of Ms Kaur</h1></div>
      <div class="links">Other links here</div><main><p>\(body)</p></main></body>
      """
    let out = try rows(html)
    #expect(out.count == 2)
    #expect(out.first == Row(.heading, 1, nil, "Inquest into the death of Ms Kaur"))
    #expect(!out.contains { $0.text.contains("Other links") })
  }

  @Test func preformattedTextKeepsItsParagraphs() throws {
    let html = "<pre>Dear Sir,\n\nThank you for your letter\nof 3 May.\n   \nYours faithfully</pre>"
    #expect(
      try rows(html) == [
        Row(.paragraph, nil, nil, "Dear Sir,"), Row(.paragraph, nil, nil, "Thank you for your letter of 3 May."),
        Row(.paragraph, nil, nil, "Yours faithfully"),
      ])
  }

  @Test func deeplyNestedMarkupDoesNotExhaustTheStack() async throws {
    let depth = 5000
    let html = String(repeating: "<div><span>", count: depth) + "Deep text" + String(repeating: "</span></div>", count: depth)
    let doc = try await Task.detached { try HTMLTestSupport.read(html) }.value
    #expect(doc.text.string.contains("Deep text"))
  }
}
