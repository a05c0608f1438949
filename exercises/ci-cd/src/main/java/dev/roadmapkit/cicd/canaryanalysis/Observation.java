package dev.roadmapkit.cicd.canaryanalysis;

import java.time.Instant;
import java.util.Objects;

/**
 * One request served by the canary or the baseline (given).
 *
 * @param at when the request finished
 * @param error whether it failed (a 5xx, a timeout)
 * @param latencyMillis how long it took, in milliseconds, 0 or more
 */
public record Observation(Instant at, boolean error, long latencyMillis) {

  /** Checks the parts. */
  public Observation {
    Objects.requireNonNull(at, "at");
    if (latencyMillis < 0) {
      throw new IllegalArgumentException("latencyMillis must be 0 or more, got " + latencyMillis);
    }
  }
}
