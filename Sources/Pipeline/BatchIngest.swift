import Emit
import Extract
import Foundation
import Ingest
import Model

/// Ingests a batch of files and folders into an output folder, keeping going past bad files.
public struct BatchIngest: Sendable {
  public struct Options: Sendable {
    public var paths: [String]
    public var output: URL
    public var maxSize: Int = SourceFile.defaultMaxSize
    public var jobs: Int = 1
    /// Redo documents even when the source and the pipeline version are unchanged.
    public var force = false
    /// Nil for the standard registry.
    public var registry: BodyRegistry?

    public init(paths: [String], output: URL) {
      self.paths = paths
      self.output = output
    }
  }

  /// What a run did: counts and one line per failed file.
  public struct Summary: Sendable, Codable {
    public var ingested = 0
    public var skipped = 0
    public var failures: [Failure] = []
    public var total: Int { ingested + skipped + failures.count }
  }

  public struct Failure: Sendable, Codable {
    public var source: String
    public var reason: String
  }

  public let options: Options

  public init(options: Options) { self.options = options }

  /// Runs the batch. `progress` is called after each file with (done, total, path).
  public func run(progress: @escaping @Sendable (Int, Int, String) -> Void = { _, _, _ in }) throws -> Summary {
    let warmup = Warmup.begin()
    defer { warmup.wait() }
    let layout = OutputLayout(root: options.output)
    let (files, missing) = FileCollector.collect(options.paths)
    let ids = DocumentID.assign(files)
    let previous = Dictionary(layout.readIndex().map { ($0.source, $0) }, uniquingKeysWith: { _, b in b })
    let processor = DocumentProcessor(registry: options.registry)
    let state = RunState(count: files.count)
    for m in missing { state.fail(index: nil, source: m.path, reason: m.reason) }

    let jobs = max(1, min(options.jobs, files.count))
    let next = WorkQueue(count: files.count)
    Workers.run(jobs) {
      while let i = next.take() {
        let path = files[i]
        defer { progress(state.tick(), files.count, path) }
        let source: SourceFile
        do {
          source = try SourceFile.read(path: path, maxSize: options.maxSize)
        } catch {
          state.fail(index: i, source: path, reason: "\(error)")
          continue
        }
        if !options.force, let old = previous[path], old.id == ids[i], old.status == .ok, old.sha256 == source.sha256,
          old.pipeline == PipelineVersion.current,
          FileManager.default.fileExists(atPath: layout.recordURL(id: ids[i]).path)
        {
          state.skip(index: i, entry: old)
          continue
        }
        do {
          let (record, text) = try processor.process(source, id: ids[i])
          // Written now so memory stays flat; an undated one is redone once the whole batch is known.
          try layout.write(record: record, text: text)
          if record.document.date == nil, record.document.anchorDate == nil {
            state.holdUndated(index: i, deceased: record.document.caseSignals.deceased)
          }
          state.ok(index: i, record: record, source: source)
        } catch {
          state.fail(index: i, source: path, reason: "\(error)")
        }
      }
    }

    // Undated documents (press items, transcribed letters) take the date of their case, and responses the
    // report's addressees (a file name cuts the respondent short; the report names it in full).
    let anchors = state.caseAnchors()
    let undated = state.undated().compactMap { u -> (index: Int, context: CaseContext)? in
      let context = anchors.context(forPath: files[u.index], deceased: u.deceased)
      return context.isEmpty ? nil : (u.index, context)
    }
    let nextUndated = WorkQueue(count: undated.count)
    Workers.run(max(1, min(jobs, undated.count))) {
      while let k = nextUndated.take() {
        let (i, context) = undated[k]
        let path = files[i]
        do {
          let source = try SourceFile.read(path: path, maxSize: options.maxSize)
          guard source.sha256 == state.sha256(at: i) else { throw IngestError.changedDuringRun(path: path) }
          let (record, text) = try processor.process(source, id: ids[i], caseContext: context)
          try layout.write(record: record, text: text)
        } catch {
          // The index will say this file failed; a first-pass record of a file that has since changed must not stay.
          layout.removeRecord(id: ids[i])
          state.fail(index: i, source: path, reason: "\(error)")
        }
      }
    }

    try layout.writeIndex(indexEntries(files: files, ids: ids, previous: previous, state: state))
    return state.summary()
  }

  /// Where an index entry comes from, by index: a file of this run, an earlier run's entry for a file not in
  /// this one, or a path given that does not exist. Sixteen bytes a file, not a whole entry.
  private enum Origin {
    case run(Int)
    case previous(Int)
    case missing(Int)
  }

  /// The index in source order, each entry made as it is written rather than all held at once.
  private func indexEntries(
    files: [String], ids: [String], previous: [String: IndexEntry], state: RunState
  ) -> some Sequence<IndexEntry> {
    let inRun = Set(files)
    let kept = previous.values.filter { !inRun.contains($0.source) }
    var missing: [Failure] = []
    var seen = Set<String>()
    for f in state.failures() where !inRun.contains(f.source) && previous[f.source] == nil {
      if seen.insert(f.source).inserted { missing.append(f) }
    }
    var origins: [Origin] = files.indices.map { .run($0) }
    origins += kept.indices.map { .previous($0) } + missing.indices.map { .missing($0) }
    func source(_ o: Origin) -> String {
      switch o {
      case .run(let i): return files[i]
      case .previous(let i): return kept[i].source
      case .missing(let i): return missing[i].source
      }
    }
    origins.sort { source($0) < source($1) }
    return origins.lazy.compactMap { o -> IndexEntry? in
      switch o {
      case .run(let i): return state.entry(at: i, id: ids[i], path: files[i]) ?? previous[files[i]]
      case .previous(let i): return kept[i]
      case .missing(let i): return .failed(id: "", source: missing[i].source, reason: missing[i].reason)
      }
    }
  }
}
