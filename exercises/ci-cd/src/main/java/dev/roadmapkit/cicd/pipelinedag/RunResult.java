package dev.roadmapkit.cicd.pipelinedag;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Given: the result of a simulated run. Do not change this record.
 *
 * @param outcomes every job's outcome, in the order the jobs were decided (stage by stage)
 */
public record RunResult(Map<String, Outcome> outcomes) {

  /** Copies the map, keeping its order. */
  public RunResult {
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  /** The outcome of one job. */
  public Outcome outcome(String job) {
    Outcome outcome = outcomes.get(job);
    if (outcome == null) {
      throw new IllegalArgumentException("no job " + job + " in this run: " + outcomes.keySet());
    }
    return outcome;
  }

  /** The jobs that ran (passed or failed), in order. */
  public List<String> ran() {
    return outcomes.entrySet().stream()
        .filter(e -> e.getValue() != Outcome.SKIPPED)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The jobs that were skipped, in order. */
  public List<String> skipped() {
    return outcomes.entrySet().stream()
        .filter(e -> e.getValue() == Outcome.SKIPPED)
        .map(Map.Entry::getKey)
        .toList();
  }
}
