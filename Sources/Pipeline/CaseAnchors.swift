import Foundation
import Extract
import Model

/// Finds a date for an undated document from the dated documents of its case in the same run:
/// the same deceased, or the same case prefix in the judiciary's file naming (`<ref>-<name>_…`).
struct CaseAnchors {
  struct Entry: Sendable {
    var path: String
    var date: CalendarDay?
    var kind: DocumentKind
    var signals: CaseSignals
  }

  private var byDeceased: [String: CalendarDay] = [:]
  private var byPrefix: [String: CalendarDay] = [:]
  /// The addressees of each case's report, with the file index that gave them: the last report in file order wins.
  private var addresseesByPrefix: [String: (index: Int, names: [String])] = [:]

  init() {}

  /// Folds in one document, in any order: the run adds each as it finishes instead of keeping every record.
  /// Responses are dated nearer to each other than to the report, so the latest date wins.
  mutating func add(_ r: Entry, index: Int) {
    if r.kind == .pfdReport, let p = CaseAnchors.prefix(r.path), !r.signals.addressees.isEmpty,
      index >= addresseesByPrefix[p]?.index ?? Int.min
    {
      addresseesByPrefix[p] = (index, r.signals.addressees)
    }
    guard let d = r.date else { return }
    if let name = r.signals.deceased?.lowercased(), !name.isEmpty {
      byDeceased[name] = max(byDeceased[name] ?? d, d)
    }
    if let p = CaseAnchors.prefix(r.path) { byPrefix[p] = byPrefix[p].map { max($0, d) } ?? d }
  }

  func context(forPath path: String, deceased: String?) -> CaseContext {
    CaseContext(
      anchor: anchor(forPath: path, deceased: deceased),
      addressees: CaseAnchors.prefix(path).flatMap { addresseesByPrefix[$0]?.names } ?? [])
  }

  func anchor(forPath path: String, deceased: String?) -> CalendarDay? {
    if let name = deceased?.lowercased(), let d = byDeceased[name] { return d }
    if let p = CaseAnchors.prefix(path), let d = byPrefix[p] { return d }
    return nil
  }

  /// "2024-0593-neil-yates" from ".../2024-0593-neil-yates_response-1-nhs.txt".
  static func prefix(_ path: String) -> String? {
    let name = (path as NSString).lastPathComponent
    guard let us = name.firstIndex(of: "_") else { return nil }
    let p = String(name[..<us])
    return p.count >= 6 ? p.lowercased() : nil
  }
}
