package dev.roadmapkit.cicd.canaryanalysis;

/** What to do with the canary (given). */
public enum Decision {
  /** Every check passed on enough samples: send all traffic to the new version. */
  PROMOTE,
  /** A check failed on enough samples: send all traffic back to the baseline. */
  ROLL_BACK,
  /** Too few samples on one side to tell: keep the canary at its share and look again later. */
  WAIT
}
