package dev.roadmapkit.osfundamentals.schedulersimulation;

import java.util.Objects;

/**
 * Given: a simulated process: it arrives at {@code arrival}, needs {@code burst} units of CPU time
 * and has a {@code priority} (a smaller number is more urgent). Do not change this record.
 *
 * @param id a name, unique among the processes of one simulation
 * @param arrival when it becomes ready to run, 0 or later
 * @param burst how much CPU time it needs, at least 1
 * @param priority its priority for {@link Scheduler#priority}: 1 runs before 2
 */
public record SimProcess(String id, long arrival, long burst, int priority) {

  /** Checks the values. */
  public SimProcess {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a process needs a name");
    }
    if (arrival < 0) {
      throw new IllegalArgumentException(id + ": arrival must not be negative, got " + arrival);
    }
    if (burst < 1) {
      throw new IllegalArgumentException(id + ": burst must be at least 1, got " + burst);
    }
  }

  /** A process of priority 0, for the algorithms that do not look at priorities. */
  public static SimProcess of(String id, long arrival, long burst) {
    return new SimProcess(id, arrival, burst, 0);
  }
}
