package dev.roadmapkit.osfundamentals.tokenbucket;

/**
 * Given: a source of time in nanoseconds, like {@link System#nanoTime()}: only differences between
 * two readings mean something. The tests use one they move by hand, and one that even goes
 * backwards. Do not change this interface.
 */
@FunctionalInterface
public interface NanoClock {

  /** The system's monotonic clock. */
  NanoClock SYSTEM = System::nanoTime;

  /** The current reading, in nanoseconds. */
  long nanoTime();
}
