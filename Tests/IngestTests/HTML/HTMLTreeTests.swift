import Foundation
import Model
import Testing

@testable import Ingest

/// The flat tree copied out of libxml2: document order, subtree ranges, the attributes kept, visible lengths.
struct HTMLTreeTests {
  private func parse(_ html: String) throws -> HTMLTree {
    try HTMLTreeParser().parse(Array(html.utf8), encoding: "UTF-8")
  }

  @Test func nodesAreInDocumentOrderWithTheirSubtrees() throws {
    let tree = try parse(
      """
      <html><head><title>T</title><script>var x = 1;</script><script type="Application/LD+JSON">{"a": 1}</script>
      </head><BODY><DIV Class="Lead" data-x="y">Hello <b>bold</b> world</DIV><p hidden>gone</p><custom-el>c</custom-el>
      </BODY></html>
      """)
    // No rule reads <html>, so the root is an unknown element.
    let tags = tree.nodes.map(\.tag)
    #expect(
      tags == [
        .unknown, .head, .title, .text, .script, .script, .text, .text, .body, .div, .text, .b, .text, .text, .p, .text,
        .unknown, .text, .text,
      ])
    let body = try #require(tree.first(below: HTMLTree.root) { tree.tag($0) == .body })
    #expect(Array(tree.children(body)).map { tree.tag($0) } == [.div, .p, .unknown, .text])
    let div = try #require(tree.first(below: body) { tree.tag($0) == .div })
    #expect(tree.attribute(.class, div) == "Lead")
    #expect(tree.textContent(div) == "Hello bold world")
    let p = try #require(tree.first(below: body) { tree.tag($0) == .p })
    #expect(tree.has(.hidden, p) && tree.attribute(.hidden, p) == "")
    // Scripts other than JSON-LD keep no text; what is under the head counts as invisible.
    let scripts = tree.all(below: HTMLTree.root) { tree.tag($0) == .script }
    #expect(scripts.map { tree.textContent($0) } == ["", #"{"a": 1}"#])
    #expect(tree.visibleLength(tree.nodes.indices.first { tree.tag($0) == .head }!) == 0)
    #expect(tree.visibleLength(body) == 19)  // "Hello", "bold", "world", "gone", "c"
    #expect(tree.visibleLength(HTMLTree.root) == tree.visibleLength(body))
  }

  @Test func attributeChecksFollowStringRules() throws {
    let tree = try parse(
      #"<body><div role="MAIN" aria-hidden="True" style="Display: none">x</div><div role="main">y</div></body>"#)
    let divs = tree.all(below: HTMLTree.root) { tree.tag($0) == .div }
    #expect(!tree.attribute(.role, divs[0], is: "main") && tree.attribute(.role, divs[0], lowercasedIs: "main"))
    #expect(tree.attribute(.role, divs[1], is: "main"))
    #expect(tree.attribute(.ariaHidden, divs[0], lowercasedIs: "true"))
    #expect(!tree.has(.ariaHidden, divs[1]))
  }

  @Test func queriesAgreeWithARecursiveWalk() throws {
    let tree = try HTMLTreeParser().parse(try HTMLTestSupport.fixture("article"), encoding: "UTF-8")
    func elements(below node: Int) -> [Int] {
      tree.children(node).filter { !tree.isText($0) }.flatMap { [$0] + elements(below: $0) }
    }
    func outermost(below node: Int, _ match: (Int) -> Bool) -> [Int] {
      tree.children(node).filter { !tree.isText($0) }.flatMap { match($0) ? [$0] : outermost(below: $0, match) }
    }
    func visible(_ node: Int) -> Int {
      if tree.isText(node) { return String(decoding: tree.text(node), as: UTF8.self).nonWhitespaceScalarCount }
      if [.script, .style, .template, .head].contains(tree.tag(node)) { return 0 }
      return tree.children(node).reduce(0) { $0 + visible($1) }
    }
    let isBlock: (Int) -> Bool = { [.div, .p, .ul, .section].contains(tree.tag($0)) }
    var checked = 0
    for node in tree.nodes.indices where !tree.isText(node) {
      let below = elements(below: node)
      #expect(tree.all(below: node) { _ in true } == below)
      #expect(tree.first(below: node, where: isBlock) == below.first(where: isBlock))
      #expect(tree.count(below: node, where: isBlock) == below.filter(isBlock).count)
      #expect(tree.outermost(below: node, where: isBlock) == outermost(below: node, isBlock))
      #expect(tree.visibleLength(node) == visible(node))
      checked += 1
    }
    #expect(checked > 50)
  }

  @Test func treesDeeperThanTheLimitAreFlattenedToText() throws {
    let depth = HTMLTreeParser.maxDepth + 100
    let tree = try parse(
      String(repeating: "<div>", count: depth) + "Deep <b>text</b>" + String(repeating: "</div>", count: depth))
    var deepest = 0
    var stack: [Int] = []
    for node in tree.nodes.indices {
      while let last = stack.last, tree.nodes[last].end <= node { stack.removeLast() }
      deepest = max(deepest, stack.count)
      stack.append(node)
    }
    #expect(deepest == HTMLTreeParser.maxDepth + 1)
    let texts = tree.nodes.indices.filter { tree.isText($0) }
    #expect(texts.map { String(decoding: tree.text($0), as: UTF8.self) } == ["Deep text"])
  }
}
