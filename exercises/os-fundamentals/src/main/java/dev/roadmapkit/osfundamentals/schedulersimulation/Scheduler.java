package dev.roadmapkit.osfundamentals.schedulersimulation;

import java.util.List;

/**
 * Exercise {@code os-fundamentals/scheduler-simulation}: simulate how a CPU is shared among
 * processes ({@link SimProcess}) by three classic algorithms, and return the {@link Schedule}: the
 * timeline of {@link Segment}s and each process's {@link ProcessStats}.
 *
 * <p>Common rules:
 *
 * <ul>
 *   <li>time starts at 0; when no process that has arrived is waiting, the CPU is idle until the
 *       next arrival (a gap in the timeline); a process never runs before its arrival;
 *   <li>whenever two processes are equal for the algorithm, the one that arrived first goes first,
 *       and for equal arrivals the smaller id ({@link String#compareTo});
 *   <li>two segments of the same process that touch (one ends when the next starts) are one
 *       segment;
 *   <li>stats: completion is the end of the process's last segment, turnaround = completion -
 *       arrival, waiting = turnaround - burst; one per process, ordered by id;
 *   <li>an empty list gives an empty schedule; two processes with one id are refused with {@link
 *       IllegalArgumentException}.
 * </ul>
 */
public final class Scheduler {

  private Scheduler() {}

  /**
   * Round-robin: the ready processes wait in a first-in-first-out queue; the one at the head runs
   * for at most {@code quantum}, then, if it is not finished, goes to the tail. When a quantum ends
   * at time t, the processes that arrived by t (arrival &lt;= t) join the queue BEFORE the one
   * whose quantum ended.
   *
   * @throws IllegalArgumentException when {@code quantum} is below 1, or an id repeats
   */
  public static Schedule roundRobin(List<SimProcess> processes, long quantum) {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/scheduler-simulation: a ready queue (ArrayDeque), the remaining time"
            + " per process, and the arrivals added before the preempted process goes back");
  }

  /**
   * Shortest job first, non-preemptive: whenever the CPU is free, the ready process with the
   * smallest burst runs to its end.
   *
   * @throws IllegalArgumentException when an id repeats
   */
  public static Schedule shortestJobFirst(List<SimProcess> processes) {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/scheduler-simulation: whenever the CPU is free, the arrived process"
            + " with the smallest burst runs to its end");
  }

  /**
   * Priority, non-preemptive: whenever the CPU is free, the ready process with the smallest
   * priority number runs to its end.
   *
   * @throws IllegalArgumentException when an id repeats
   */
  public static Schedule priority(List<SimProcess> processes) {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/scheduler-simulation: like shortest job first, ordered by priority"
            + " number instead of burst");
  }
}
