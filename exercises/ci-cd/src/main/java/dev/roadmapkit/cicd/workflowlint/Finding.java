package dev.roadmapkit.cicd.workflowlint;

import java.util.Objects;

/**
 * Given: one problem the linter found. Do not change this record.
 *
 * @param rule the rule broken
 * @param file the workflow file's name
 * @param line the line (from 1) of the key the finding is about
 * @param job the job's id, or {@code ""} for the whole workflow
 * @param step the step: its {@code name}, else its {@code uses}, else {@code #n} (its position from
 *     1); {@code ""} when the finding is not about a step
 * @param message why it is a problem and what to do
 */
public record Finding(Rule rule, String file, int line, String job, String step, String message) {

  /** Checks for nulls. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(message, "message");
  }

  /** The finding without its message: {@code kit.yml:24 pinned-actions kit/actions/checkout@v4}. */
  public String where() {
    return file
        + ":"
        + line
        + " "
        + rule.id()
        + (job.isEmpty() ? "" : " " + job)
        + (step.isEmpty() ? "" : "/" + step);
  }

  @Override
  public String toString() {
    return where() + ": " + message;
  }
}
