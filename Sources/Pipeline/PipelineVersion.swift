/// Bumped whenever extraction changes what it writes, so reruns redo documents instead of skipping them.
public enum PipelineVersion {
  public static let current = "0.1.0"
}
