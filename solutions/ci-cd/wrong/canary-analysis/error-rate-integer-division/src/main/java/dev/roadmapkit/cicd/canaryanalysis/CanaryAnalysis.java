package dev.roadmapkit.cicd.canaryanalysis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exercise {@code ci-cd/canary-analysis}: the judge of a canary release.
 *
 * <p>Key idea: a canary is judged against the baseline that serves the same traffic at the same
 * time, not only against fixed limits, and only once both sides have enough recent observations to
 * mean something; until then the honest answer is "wait". Every check is evaluated so the verdict
 * explains itself. The trade-off: a minimum sample size and a window make the analysis slower to
 * catch a bad release, in exchange for not rolling back a good one on noise.
 */
public final class CanaryAnalysis {

  private final CanaryPolicy policy;
  private final Clock clock;

  /** An analysis with these thresholds, on this clock. */
  public CanaryAnalysis(CanaryPolicy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The {@code p}-th percentile of the values by the nearest-rank method. */
  public static long percentile(List<Long> values, int p) {
    if (values.isEmpty() || p < 1 || p > 100) {
      throw new IllegalArgumentException(
          "percentile " + p + " of " + values.size() + " values: need 1 to 100 of at least one");
    }
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (p * sorted.size() + 99) / 100; // ceil(p / 100 * n), exactly, from 1
    return sorted.get(rank - 1);
  }

  /** Errors divided by observations, as a {@code double}; 0 for no observation. */
  public static double errorRate(List<Observation> observations) {
    if (observations.isEmpty()) {
      return 0;
    }
    long errors = observations.stream().filter(Observation::error).count();
    return (double) (errors / observations.size());
  }

  /** The observations that finished in {@code (now - window, now]}, in their order. */
  public List<Observation> inWindow(List<Observation> observations) {
    Instant now = clock.instant();
    Instant start = now.minus(policy.window());
    return observations.stream()
        .filter(o -> o.at().isAfter(start) && !o.at().isAfter(now))
        .toList();
  }

  /** The verdict on the canary against the baseline, from the observations in the window. */
  public Verdict analyse(List<Observation> baseline, List<Observation> canary) {
    List<Observation> base = inWindow(baseline);
    List<Observation> can = inWindow(canary);
    List<Reason> waiting = new ArrayList<>();
    if (can.size() < policy.minSamples()) {
      waiting.add(Reason.CANARY_TOO_FEW_SAMPLES);
    }
    if (base.size() < policy.minSamples()) {
      waiting.add(Reason.BASELINE_TOO_FEW_SAMPLES);
    }
    if (!waiting.isEmpty()) {
      return new Verdict(Decision.WAIT, waiting);
    }
    List<Reason> failed = new ArrayList<>();
    double canaryErrors = errorRate(can);
    if (canaryErrors > policy.maxErrorRate()) {
      failed.add(Reason.ERROR_RATE_ABOVE_LIMIT);
    }
    if (canaryErrors > errorRate(base) * policy.maxErrorRateRatio()) {
      failed.add(Reason.ERROR_RATE_ABOVE_BASELINE);
    }
    long canaryLatency = percentile(latencies(can), policy.percentile());
    if (canaryLatency > policy.maxLatencyMillis()) {
      failed.add(Reason.LATENCY_ABOVE_LIMIT);
    }
    if (canaryLatency
        > percentile(latencies(base), policy.percentile()) * policy.maxLatencyRatio()) {
      failed.add(Reason.LATENCY_ABOVE_BASELINE);
    }
    return failed.isEmpty()
        ? new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED))
        : new Verdict(Decision.ROLL_BACK, failed);
  }

  private static List<Long> latencies(List<Observation> observations) {
    return observations.stream().map(Observation::latencyMillis).toList();
  }
}
