import Foundation
import Model
import Pipeline
import Testing

/// Keeps docs/document.schema.json in step with what the pipeline writes.
@Suite struct SchemaTests {
  static let schemaURL = BatchIngestTests.packageRoot.appendingPathComponent("docs/document.schema.json")

  /// Checks a JSON value against the subset of JSON Schema the file uses: type/properties/required/
  /// additionalProperties/items/enum/const/anyOf/$ref/pattern.
  func check(_ value: Any, _ schema: [String: Any], _ root: [String: Any], _ path: String, _ errors: inout [String]) {
    if let ref = schema["$ref"] as? String {
      let name = String(ref.split(separator: "/").last!)
      check(value, (root["$defs"] as! [String: Any])[name] as! [String: Any], root, path, &errors)
      return
    }
    if let any = schema["anyOf"] as? [[String: Any]] {
      let ok = any.contains { s in
        var e: [String] = []
        check(value, s, root, path, &e)
        return e.isEmpty
      }
      if !ok { errors.append("\(path): matches no alternative") }
      return
    }
    if let options = schema["enum"] as? [String], !options.contains(value as? String ?? "\u{0}") {
      errors.append("\(path): \(value) not in \(options)")
    }
    if let c = schema["const"] as? String, c != value as? String { errors.append("\(path): not \(c)") }
    switch schema["type"] as? String {
    case "object":
      guard let o = value as? [String: Any] else { errors.append("\(path): not an object"); return }
      let props = schema["properties"] as? [String: Any] ?? [:]
      for r in schema["required"] as? [String] ?? [] where o[r] == nil { errors.append("\(path).\(r): missing") }
      for (k, v) in o {
        guard let s = props[k] as? [String: Any] else { errors.append("\(path).\(k): not in the schema"); continue }
        check(v, s, root, "\(path).\(k)", &errors)
      }
    case "array":
      guard let a = value as? [Any] else { errors.append("\(path): not an array"); return }
      if let items = schema["items"] as? [String: Any] {
        for (i, v) in a.enumerated() { check(v, items, root, "\(path)[\(i)]", &errors) }
      }
    case "string":
      guard let s = value as? String else { errors.append("\(path): not a string"); return }
      if let p = schema["pattern"] as? String, s.range(of: p, options: .regularExpression) == nil {
        errors.append("\(path): '\(s)' does not match \(p)")
      }
    case "integer":
      if !(value is Int) && !((value as? Double).map { $0 == $0.rounded() } ?? false) { errors.append("\(path): not an integer") }
    case "number":
      if !(value is Double || value is Int) { errors.append("\(path): not a number") }
    case "boolean":
      if !(value is Bool) { errors.append("\(path): not a boolean") }
    case "null":
      if !(value is NSNull) { errors.append("\(path): not null") }
    default: break
    }
  }

  @Test func corpusRecordsMatchTheDocumentedSchema() throws {
    let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as! [String: Any]
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("pfd-schema-\(UUID().uuidString)")
    _ = try BatchIngest(options: .init(paths: [BatchIngestTests.corpus.path], output: out)).run()
    let dir = out.appendingPathComponent("documents")
    let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
    #expect(files.count >= 5)
    for f in files {
      let json = try JSONSerialization.jsonObject(with: Data(contentsOf: f))
      var errors: [String] = []
      check(json, schema, schema, f.lastPathComponent, &errors)
      #expect(errors.isEmpty, "\(errors.prefix(5))")
    }
  }
}
