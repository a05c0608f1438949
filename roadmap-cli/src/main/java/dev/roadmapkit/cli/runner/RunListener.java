package dev.roadmapkit.cli.runner;

/** Hears each test's outcome as soon as it is known, on the thread that called the runner. */
@FunctionalInterface
public interface RunListener {

  /** A listener that ignores everything. */
  RunListener NONE = result -> {};

  /**
   * A test finished.
   *
   * @param result its outcome
   */
  void testFinished(TestResult result);
}
