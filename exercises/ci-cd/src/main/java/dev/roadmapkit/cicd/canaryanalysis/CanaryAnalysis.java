package dev.roadmapkit.cicd.canaryanalysis;

import java.time.Clock;
import java.util.List;

/**
 * Exercise {@code ci-cd/canary-analysis}: the judge of a canary release, as Argo Rollouts' or
 * Flagger's analysis runs it between the steps of a rollout.
 *
 * <p><b>The window.</b> Only observations that finished in {@code (now - window, now]} count,
 * {@code now} being the injected clock's instant: one exactly {@code window} old is out (the
 * window's start is exclusive), one at {@code now} is in, one after {@code now} (a clock ahead of
 * ours) is out.
 *
 * <p><b>The measures.</b> The error rate is errors divided by observations, as a {@code double} (3
 * errors in 200 is 0.015, not 0); no observation is a rate of 0. The latency percentile uses the
 * nearest-rank method: sort the n latencies, the p-th percentile is the value at rank ceil(p / 100
 * * n), ranks counting from 1. So p95 of the 20 values 1..20 is 19, p50 of 1..10 is 5, p100 is the
 * largest. Compute the rank in integers, {@code (p * n + 99) / 100}, so that no floating-point
 * rounding moves it.
 *
 * <p><b>The decision</b>, from the observations in the window:
 *
 * <ol>
 *   <li>If the canary or the baseline has fewer than {@code minSamples}: {@link Decision#WAIT},
 *       with {@link Reason#CANARY_TOO_FEW_SAMPLES} and/or {@link Reason#BASELINE_TOO_FEW_SAMPLES}.
 *       No threshold is looked at before both sides have enough: ten requests with one error are
 *       noise, not a 10% error rate.
 *   <li>Otherwise every check is made, and each one the canary fails adds its reason: the canary's
 *       error rate above {@code maxErrorRate}; above the baseline's error rate times {@code
 *       maxErrorRateRatio} (so a canary that errs where the baseline never does fails it); the
 *       canary's latency percentile above {@code maxLatencyMillis}; above the baseline's percentile
 *       times {@code maxLatencyRatio}. "Above" is strict: exactly at a threshold passes. Any failed
 *       check is {@link Decision#ROLL_BACK} with all the failed checks' reasons.
 *   <li>No failed check: {@link Decision#PROMOTE} with {@link Reason#ALL_CHECKS_PASSED}.
 * </ol>
 *
 * The reasons come in the order {@link Reason} declares them.
 */
public final class CanaryAnalysis {

  /**
   * An analysis with these thresholds, on this clock.
   *
   * @throws NullPointerException when {@code policy} or {@code clock} is null
   */
  public CanaryAnalysis(CanaryPolicy policy, Clock clock) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/canary-analysis: keep the policy and the clock");
  }

  /**
   * The {@code p}-th percentile of the values by the nearest-rank method; the list is not changed.
   *
   * @throws IllegalArgumentException when {@code values} is empty or {@code p} is not 1 to 100
   */
  public static long percentile(List<Long> values, int p) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/canary-analysis: sort a copy, take the value at rank ceil(p * n / 100)");
  }

  /** Errors divided by observations, as a {@code double}; 0 for no observation. */
  public static double errorRate(List<Observation> observations) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/canary-analysis: errors / observations, without integer division");
  }

  /** The observations that finished in {@code (now - window, now]}, in their order. */
  public List<Observation> inWindow(List<Observation> observations) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/canary-analysis: keep those after now - window and not after now");
  }

  /** The verdict on the canary against the baseline, from the observations in the window. */
  public Verdict analyse(List<Observation> baseline, List<Observation> canary) {
    throw new UnsupportedOperationException(
        "TODO ci-cd/canary-analysis: wait for the minimum samples, then check every threshold");
  }
}
