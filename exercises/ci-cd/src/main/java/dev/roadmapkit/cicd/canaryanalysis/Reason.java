package dev.roadmapkit.cicd.canaryanalysis;

/** Why a verdict was reached (given); a verdict lists them in the order declared here. */
public enum Reason {
  /** The canary has fewer observations in the window than the policy's minimum. */
  CANARY_TOO_FEW_SAMPLES,
  /** The baseline has fewer observations in the window than the policy's minimum. */
  BASELINE_TOO_FEW_SAMPLES,
  /** The canary's error rate is above the policy's absolute maximum. */
  ERROR_RATE_ABOVE_LIMIT,
  /** The canary's error rate is above the baseline's times the policy's ratio. */
  ERROR_RATE_ABOVE_BASELINE,
  /** The canary's latency percentile is above the policy's absolute maximum. */
  LATENCY_ABOVE_LIMIT,
  /** The canary's latency percentile is above the baseline's times the policy's ratio. */
  LATENCY_ABOVE_BASELINE,
  /** Enough samples and no check failed. */
  ALL_CHECKS_PASSED
}
