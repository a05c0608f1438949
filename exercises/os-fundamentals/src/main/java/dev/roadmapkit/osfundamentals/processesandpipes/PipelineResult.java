package dev.roadmapkit.osfundamentals.processesandpipes;

import java.util.List;
import java.util.Objects;

/**
 * What a finished pipeline left behind. Given: do not change.
 *
 * @param exitCodes the exit code of every stage, in pipeline order
 * @param stdout what the last stage wrote to standard output (the earlier stages' output went into
 *     the next stage)
 * @param stderr what each stage wrote to standard error, in pipeline order
 */
public record PipelineResult(List<Integer> exitCodes, String stdout, List<String> stderr) {

  public PipelineResult {
    exitCodes = List.copyOf(exitCodes);
    Objects.requireNonNull(stdout, "stdout");
    stderr = List.copyOf(stderr);
  }
}
