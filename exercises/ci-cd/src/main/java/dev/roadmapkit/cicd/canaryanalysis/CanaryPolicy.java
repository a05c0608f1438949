package dev.roadmapkit.cicd.canaryanalysis;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of a canary analysis (given).
 *
 * @param window how far back observations count: those that finished in {@code (now - window, now]}
 * @param minSamples the fewest observations in the window each side needs before any decision, 1 or
 *     more
 * @param percentile the latency percentile compared, 1 to 100 (95 for p95, 99 for p99)
 * @param maxErrorRate the highest error rate the canary may have, 0 to 1 (0.02 is 2%)
 * @param maxErrorRateRatio how many times the baseline's error rate the canary may have, 1 or more
 * @param maxLatencyMillis the highest latency percentile the canary may have, in milliseconds
 * @param maxLatencyRatio how many times the baseline's latency percentile the canary may have, 1 or
 *     more
 */
public record CanaryPolicy(
    Duration window,
    int minSamples,
    int percentile,
    double maxErrorRate,
    double maxErrorRateRatio,
    long maxLatencyMillis,
    double maxLatencyRatio) {

  /** Checks every threshold. */
  public CanaryPolicy {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, got " + window);
    }
    if (minSamples < 1) {
      throw new IllegalArgumentException("minSamples must be 1 or more, got " + minSamples);
    }
    if (percentile < 1 || percentile > 100) {
      throw new IllegalArgumentException("percentile must be 1 to 100, got " + percentile);
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new IllegalArgumentException("maxErrorRate must be 0 to 1, got " + maxErrorRate);
    }
    if (!(maxErrorRateRatio >= 1) || !(maxLatencyRatio >= 1)) {
      throw new IllegalArgumentException(
          "the ratios must be 1 or more, got " + maxErrorRateRatio + " and " + maxLatencyRatio);
    }
    if (maxLatencyMillis < 0) {
      throw new IllegalArgumentException("maxLatencyMillis must be 0 or more");
    }
  }
}
