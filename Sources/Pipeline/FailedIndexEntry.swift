import Model

extension IndexEntry {
  /// The index line for a file this run could not ingest; `id` is empty for a path that does not exist.
  static func failed(id: String, source: String, reason: String) -> IndexEntry {
    IndexEntry(
      id: id, source: source, sha256: nil, format: nil, status: .failed, reason: reason,
      pipeline: PipelineVersion.current)
  }
}
