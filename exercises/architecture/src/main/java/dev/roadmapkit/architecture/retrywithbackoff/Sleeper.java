package dev.roadmapkit.architecture.retrywithbackoff;

import java.time.Duration;

/**
 * Waits between attempts. Production code passes one that really sleeps; tests pass one that
 * records the durations (and may move a test clock), so no test waits. Given.
 */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration}. */
  void sleep(Duration duration);
}
