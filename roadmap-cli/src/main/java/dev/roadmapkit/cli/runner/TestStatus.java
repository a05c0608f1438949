package dev.roadmapkit.cli.runner;

/** The outcome of one test. */
public enum TestStatus {
  /** The test passed. */
  PASSED,
  /** The test failed or could not run. */
  FAILED,
  /** The test was skipped, for example because a service it needs is missing. */
  SKIPPED
}
