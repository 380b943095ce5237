import Foundation
import Model

/// Canonical bodies with their aliases and parents; resolves a name or office-holder to a body.
///
/// `Resources/bodies.json` (and any user file passed to `adding(contentsOf:)`) is a JSON list of
/// `{"name": "Home Office", "aliases": ["Home Secretary", …], "parent": null, "type": "department",
/// "context": ["the watchdog"]}`; only `name` is required. `aliases` always mean the body (matched with
/// case rules: "DfE" only as "DfE"/"DFE", "Office" only capitalised); `context` aliases are used only when
/// the document leaves no doubt; `type` lets "the Department" resolve to an author that is a department.
/// Unknown trusts, councils, police forces, ICBs and royal colleges are recognised by shape (`BodyPattern`).
public struct BodyRegistry: Sendable {
  public private(set) var entries: [BodyEntry]
  private var byName: [String: Int] = [:]
  /// Lower-cased token keys of every name and alias, for slugs cut short.
  private var aliasKeys: [(key: String, entry: Int)] = []
  private(set) var trie = BodyTrie()

  public init(entries: [BodyEntry] = []) {
    self.entries = []
    indexFixedPhrases()
    add(entries)
  }

  /// The registry shipped in `Resources/bodies.json`.
  public static let standard: BodyRegistry = {
    guard let url = Bundle.module.url(forResource: "bodies", withExtension: "json"),
      let registry = try? BodyRegistry().adding(contentsOf: url)
    else { return BodyRegistry() }
    return registry
  }()

  /// The canonical name for a mention ("the Home Secretary" → "Home Office"), or nil.
  ///
  /// Takes whole names, aliases and address lines ("Chief Executive, NHS England",
  /// "Director of Highways and Operations Oxfordshire County Council"): the last body named wins.
  /// A name with no capitals at all ("the home secretary", from a file name) is matched ignoring case.
  public func resolve(_ name: String) -> String? {
    let caseless = !name.unicodeScalars.contains { $0.properties.isUppercase }
    let mentions = BodyExtractor(registry: self).mentions(in: name as NSString, author: nil, caseless: caseless)
    if let last = mentions.last { return last.name }
    return caseless ? truncatedName(name) : nil
  }

  /// A file-name slug cut short ("national institute for health and care e"): the one body whose name
  /// or alias it begins.
  private func truncatedName(_ name: String) -> String? {
    let key = BodyTokenizer.tokens(name).map(\.key).joined(separator: " ")
    guard key.count >= 16 else { return nil }
    let owners = Set(aliasKeys.filter { $0.key.hasPrefix(key) }.map(\.entry))
    return owners.count == 1 ? entries[owners.first!].name : nil
  }

  /// Like `resolve(_:)`, but "the Department", "the Trust", "our Trust", "my Department" become `author`
  /// when the author is that kind of body.
  public func resolve(_ name: String, author: String?) -> String? {
    if let author, let head = BodyRegistry.genericHead(name), fits(author: author, head: head) { return author }
    return resolve(name)
  }

  /// The entry with this canonical name.
  public func entry(named name: String) -> BodyEntry? { byName[name.lowercased()].map { entries[$0] } }

  /// The canonical name of the body this one belongs to ("Probation Service" → "HM Prison and Probation Service").
  public func parent(of name: String) -> String? {
    guard let p = entry(named: resolve(name) ?? name)?.parent else { return nil }
    return entry(named: p)?.name ?? p
  }

  /// True when "the `head`" ("Department", "Trust", "Council"…) can mean `author`.
  public func fits(author: String, head: String) -> Bool {
    let a = author.lowercased()
    let h = head.lowercased()
    let type = entry(named: author)?.type
    switch h {
    case "department", "ministry":
      return type == "department" || a.contains("department") || a.contains("ministry") || a.hasSuffix(" office")
    case "icb": return a.contains("integrated care board")
    case "board": return a.hasSuffix("board")
    case "council", "authority":
      return a.contains("council") || a.contains("borough of") || a.hasSuffix("authority")
    case "service": return a.contains("service")
    case "agency": return type == "agency" || a.contains("agency")
    case "trust": return a.contains("trust")
    case "force": return type == "police" || a.hasSuffix("police") || a.hasSuffix("constabulary")
    default: return a.contains(h)
    }
  }

  static let genericDeterminers: Set<String> = ["the", "our", "my", "this"]
  static let genericHeads: [String] = [
    "Department", "Ministry", "Trust", "Council", "Authority", "ICB", "Board", "College", "Association", "Agency",
    "Service", "Commission", "Society", "Institute", "Force", "Inspectorate", "Partnership", "Federation",
  ]

  /// "the Department" → "Department"; nil when `name` is not such a phrase.
  static func genericHead(_ name: String) -> String? {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard words.count == 2, genericDeterminers.contains(words[0].lowercased()) else { return nil }
    let head = words[1].lowercased()
    return genericHeads.first { $0.lowercased() == head }
  }

  private mutating func add(_ new: [BodyEntry]) {
    for e in new {
      let name = e.name.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !name.isEmpty else { continue }
      if let i = byName[name.lowercased()] {
        for a in e.aliases where !entries[i].aliases.contains(a) { entries[i].aliases.append(a) }
        for a in e.context where !entries[i].context.contains(a) { entries[i].context.append(a) }
        if let p = e.parent { entries[i].parent = p }
        if let t = e.type { entries[i].type = t }
        index(entries[i], at: i)
      } else {
        var e = e
        e.name = name
        entries.append(e)
        byName[name.lowercased()] = entries.count - 1
        index(e, at: entries.count - 1)
      }
    }
  }

  private mutating func index(_ e: BodyEntry, at i: Int) {
    for phrase in [e.name] + e.aliases {
      trie.insert(phrase, kind: .alias(i))
      aliasKeys.append((BodyTokenizer.tokens(phrase).map(\.key).joined(separator: " "), i))
    }
    for phrase in e.context { trie.insert(phrase, kind: .context(i)) }
  }

  /// Generic references and name patterns, added once to every registry's trie.
  private mutating func indexFixedPhrases() {
    for d in ["the", "The", "this", "This"] {
      for h in BodyRegistry.genericHeads { trie.insert("\(d) \(h)", kind: .generic(head: h)) }
    }
    for d in ["our", "my"] {
      for h in BodyRegistry.genericHeads { trie.insert("\(d) \(h.lowercased() == "icb" ? "ICB" : h.lowercased())", kind: .generic(head: h)) }
    }
    for p in BodyPattern.all { trie.insert(p.phrase, kind: p.isPrefix ? .prefix(p) : .suffix(p)) }
  }
}

extension BodyRegistry {
  /// This registry with the bodies in a user's JSON file added (same format as `bodies.json`).
  public func adding(contentsOf url: URL) throws(BodyRegistryError) -> BodyRegistry {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
    let new: [BodyEntry]
    do { new = try JSONDecoder().decode([BodyEntry].self, from: data) } catch {
      throw .invalid(path: url.path, reason: String(describing: error))
    }
    return adding(new)
  }

  /// This registry with `new` added; an entry with a known name extends that entry.
  public func adding(_ new: [BodyEntry]) -> BodyRegistry {
    var copy = self
    copy.add(new)
    return copy
  }
}
