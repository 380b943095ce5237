import Foundation
import Ingest
import Model

/// Scores `pfd ingest` output against gold annotations with the referee's rules: commitments by word
/// overlap ≥ 0.5, figures by value or contained text, dates by text overlap or month, concerns by number.
public struct Evaluator: Sendable {
  public var goldDir: URL
  public var outputDir: URL
  public var docsDir: URL

  public init(goldDir: URL, outputDir: URL, docsDir: URL) {
    self.goldDir = goldDir
    self.outputDir = outputDir
    self.docsDir = docsDir
  }

  public func run() throws -> EvalReport {
    let fm = FileManager.default
    let recordFiles = (try? fm.contentsOfDirectory(at: outputDir.appendingPathComponent("documents"), includingPropertiesForKeys: nil)) ?? []
    var bySHA: [String: DocumentRecord] = [:]
    for f in recordFiles where f.pathExtension == "json" {
      if let data = try? Data(contentsOf: f), let r = try? JSONDecoder().decode(DocumentRecord.self, from: data) {
        bySHA[r.document.sha256.lowercased()] = r
      }
    }
    let docs = (try? fm.contentsOfDirectory(at: docsDir, includingPropertiesForKeys: nil)) ?? []
    var report = EvalReport()
    let goldFiles = try fm.contentsOfDirectory(at: goldDir, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    for g in goldFiles {
      let gold: GoldDocument
      do {
        gold = try JSONDecoder().decode(GoldDocument.self, from: Data(contentsOf: g))
      } catch {
        throw EvalError.badGold(path: g.path, reason: "\(error)")
      }
      let stem = g.deletingPathExtension().lastPathComponent
      var record: DocumentRecord?
      for d in docs.sorted(by: { $0.lastPathComponent < $1.lastPathComponent })
      where d.deletingPathExtension().lastPathComponent == stem {
        if let bytes = try? Data(contentsOf: d), let r = bySHA[SourceFile.digest([UInt8](bytes))] {
          record = r
          break
        }
      }
      if record == nil, let data = try? Data(contentsOf: outputDir.appendingPathComponent("documents/\(stem).json")) {
        record = try? JSONDecoder().decode(DocumentRecord.self, from: data)
      }
      if record == nil { report.missingDocuments.append(stem) }
      score(gold, record, into: &report)
    }
    return report
  }

  func score(_ gold: GoldDocument, _ pred: DocumentRecord?, into report: inout EvalReport) {
    let doc = pred?.document
    if let k = gold.kind { report.metadata["kind"]!.add(k == doc?.kind.rawValue) }
    if let a = gold.authorBody { report.metadata["author"]!.add(Matching.sameBody(a, doc?.author)) }
    if let d = gold.date { report.metadata["date"]!.add(d == doc?.date?.iso) }

    let pc = pred?.concerns ?? []
    let cm = Matching.greedy(gold.concerns.count, pc.count, threshold: 1) { i, j in
      gold.concerns[i].number == pc[j].number ? 1 : 0
    }
    report.fields["concerns"]!.add(cm.count, gold.concerns.count, pc.count)

    let gm = gold.commitments, pm = pred?.commitments ?? []
    let m = Matching.greedy(gm.count, pm.count, threshold: 0.5) { i, j in Matching.overlap(gm[i].quote, pm[j].text) }
    report.fields["commitments"]!.add(m.count, gm.count, pm.count)
    for (i, j) in m {
      let g = gm[i], p = pm[j]
      if let b = g.body, !b.isEmpty { report.attributes["body"]!.add(Matching.sameBody(b, p.body)) }
      if g.hasConcernKey { report.attributes["concern"]!.add(g.concern == p.concern) }
      if let due = g.due, !due.isEmpty {
        report.attributes["due"]!.add(Matching.sameDue(due, start: p.due?.start.iso, end: p.due?.end.iso))
      }
      if let s = g.status, !s.isEmpty { report.attributes["status"]!.add(s == p.status.rawValue) }
      if let s = g.strength, !s.isEmpty {
        report.attributes["strength"]!.add(s == p.strength.rawValue)
        let gs = s == "soft", ps = p.strength == .soft
        report.soft.add(gs && ps ? 1 : 0, gs ? 1 : 0, ps ? 1 : 0)
      }
    }

    let gf = gold.figures, pf = pred?.figures ?? []
    let fm = Matching.greedy(gf.count, pf.count, threshold: 0.9) { i, j in
      let gt = gf[i].text.lowercased(), pt = pf[j].text.lowercased()
      let textHit = !gt.isEmpty && !pt.isEmpty && (gt.contains(pt) || pt.contains(gt))
      if let gv = gf[i].value, abs(gv - pf[j].value) <= 1e-6 * max(1, abs(gv)) { return textHit ? 2 : 1 }
      return textHit ? 0.9 : 0
    }
    report.fields["figures"]!.add(fm.count, gf.count, pf.count)

    let gd = gold.dates, pd = pred?.dates ?? []
    let dm = Matching.greedy(gd.count, pd.count, threshold: 0.5) { i, j in
      var s = Matching.overlap(gd[i].text, pd[j].text)
      let gn = String((gd[i].normalised ?? "").split(separator: "/").first ?? "")
      let ps = pd[j].start.iso
      if !gn.isEmpty, gn.prefix(7) == ps.prefix(7), s > 0 { s = max(s, 0.5) }
      return s
    }
    report.fields["dates"]!.add(dm.count, gd.count, pd.count)
  }
}

/// Why an evaluation could not run.
public enum EvalError: Error, CustomStringConvertible {
  case badGold(path: String, reason: String)

  public var description: String {
    switch self {
    case .badGold(let p, let r): return "\(p): not a gold file in the format of corpus/gold/README.md (\(r))"
    }
  }
}
