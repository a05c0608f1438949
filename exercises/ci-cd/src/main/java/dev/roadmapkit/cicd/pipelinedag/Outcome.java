package dev.roadmapkit.cicd.pipelinedag;

/** Given: how a job ended in a simulated run. Do not change this enum. */
public enum Outcome {
  /** It ran and passed. */
  SUCCESS,
  /** It ran and failed. */
  FAILURE,
  /** It did not run, because a job it needs (directly or through others) failed or was skipped. */
  SKIPPED
}
