package dev.roadmapkit.osfundamentals.schedulersimulation;

import java.util.List;
import java.util.Optional;

/**
 * Given: the result of a simulation. Do not change this record.
 *
 * @param timeline the segments in time order; a gap between two is time the CPU was idle
 * @param stats one entry per process, ordered by process id
 */
public record Schedule(List<Segment> timeline, List<ProcessStats> stats) {

  /** Copies the lists. */
  public Schedule {
    timeline = List.copyOf(timeline);
    stats = List.copyOf(stats);
  }

  /** The stats of one process. */
  public Optional<ProcessStats> of(String processId) {
    return stats.stream().filter(s -> s.processId().equals(processId)).findFirst();
  }

  /** The average waiting time over all processes, 0 when there are none. */
  public double averageWaiting() {
    return stats.stream().mapToLong(ProcessStats::waiting).average().orElse(0);
  }
}
