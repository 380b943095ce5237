/// Precision, recall and F1 per field, and accuracies, as the referee prints them.
public struct EvalReport: Codable, Sendable {
  public struct Field: Codable, Sendable {
    public var matched = 0
    public var gold = 0
    public var predicted = 0
    public var precision: Double { predicted > 0 ? Double(matched) / Double(predicted) : (gold == 0 ? 1 : 0) }
    public var recall: Double { gold > 0 ? Double(matched) / Double(gold) : 1 }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    mutating func add(_ m: Int, _ g: Int, _ p: Int) {
      matched += m
      gold += g
      predicted += p
    }
  }

  public struct Accuracy: Codable, Sendable {
    public var correct = 0
    public var scored = 0
    public var value: Double? { scored > 0 ? Double(correct) / Double(scored) : nil }

    mutating func add(_ ok: Bool) {
      scored += 1
      if ok { correct += 1 }
    }
  }

  public var missingDocuments: [String] = []
  public var fields: [String: Field] = ["concerns": Field(), "commitments": Field(), "figures": Field(), "dates": Field()]
  public var attributes: [String: Accuracy] = [
    "body": Accuracy(), "concern": Accuracy(), "due": Accuracy(), "status": Accuracy(), "strength": Accuracy(),
  ]
  public var soft = Field()
  public var metadata: [String: Accuracy] = ["kind": Accuracy(), "author": Accuracy(), "date": Accuracy()]

  public static let fieldOrder = ["concerns", "commitments", "figures", "dates"]
  public static let attributeOrder = ["body", "concern", "due", "status", "strength"]

  /// The referee's table.
  public var table: String {
    func f(_ x: Double) -> String {
      let s = String(Int((x * 1000).rounded()))
      return "\(s.count <= 3 ? "0" : s.dropLast(3)).\(String(repeating: "0", count: max(0, 3 - s.count)) + s.suffix(3))"
    }
    func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
    var lines = missingDocuments.map { "missing output for \($0)" }
    lines.append("field             P      R     F1  gold/pred/match")
    for k in Self.fieldOrder {
      let v = fields[k]!
      lines.append("\(pad(k, 12))  \(f(v.precision))  \(f(v.recall))  \(f(v.f1))  \(v.gold)/\(v.predicted)/\(v.matched)")
    }
    for k in Self.attributeOrder {
      let a = attributes[k]!
      lines.append("  \(pad(k, 10)) accuracy \(a.value.map(f) ?? "n/a") over \(a.scored) matched commitments")
    }
    lines.append("  soft (hedged) commitments among matched: P \(f(soft.precision)) R \(f(soft.recall)) F1 \(f(soft.f1)) over \(soft.gold) gold")
    for k in ["kind", "author", "date"] {
      let a = metadata[k]!
      lines.append("  document \(pad(k, 6)) accuracy \(a.value.map(f) ?? "n/a") over \(a.scored) documents")
    }
    return lines.joined(separator: "\n")
  }
}
