package dev.roadmapkit.cicd.workflowlint;

/** Given: the rules of the linter, in the order findings on one line are listed. Do not change. */
public enum Rule {
  /** A third-party action must be pinned to a full 40-character commit SHA. */
  PINNED_ACTIONS("pinned-actions"),
  /** The workflow sets top-level {@code permissions}, and nothing asks for {@code write-all}. */
  PERMISSIONS("permissions"),
  /** Every job sets {@code timeout-minutes}. */
  TIMEOUT("timeout"),
  /** No {@code run:} prints a secret. */
  SECRET_ECHO("secret-echo"),
  /** {@code pull_request_target} never checks out the pull request's head. */
  PULL_REQUEST_TARGET("pull-request-target");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  /** The rule's id, as shown in findings. */
  public String id() {
    return id;
  }
}
