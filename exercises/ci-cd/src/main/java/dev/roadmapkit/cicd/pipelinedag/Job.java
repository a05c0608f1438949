package dev.roadmapkit.cicd.pipelinedag;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Given: one job of a workflow. Do not change this record.
 *
 * @param name the job's id, its key under {@code jobs:}
 * @param needs the jobs it needs, in the order the file lists them (empty when none)
 * @param condition its {@code if:} as written, kept as text and never evaluated
 * @param line the line of the job's key in the file
 * @param needsLine the line of its {@code needs:} key, or {@code line} when it has none
 */
public record Job(
    String name, List<String> needs, Optional<String> condition, int line, int needsLine) {

  /** Copies the list. */
  public Job {
    Objects.requireNonNull(name, "name");
    needs = List.copyOf(needs);
    Objects.requireNonNull(condition, "condition");
  }

  /** A job without a condition whose lines are both {@code line}. */
  public static Job of(String name, int line, String... needs) {
    return new Job(name, List.of(needs), Optional.empty(), line, line);
  }
}
