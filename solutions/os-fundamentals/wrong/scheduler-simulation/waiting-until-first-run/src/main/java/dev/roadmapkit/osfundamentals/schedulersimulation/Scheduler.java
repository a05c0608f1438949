package dev.roadmapkit.osfundamentals.schedulersimulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Exercise {@code os-fundamentals/scheduler-simulation}: simulate how a CPU is shared among
 * processes ({@link SimProcess}) by three classic algorithms, and return the {@link Schedule}.
 *
 * <p>Key idea: an event loop over time. The processes sorted by arrival are a cursor; at every
 * decision point the ones that have arrived move into a ready structure (a FIFO queue for
 * round-robin, a priority queue for the non-preemptive two), and an empty ready structure means the
 * clock jumps to the next arrival. Only the ready structure's order differs between algorithms.
 */
public final class Scheduler {

  private static final Comparator<SimProcess> BY_ARRIVAL_THEN_ID =
      Comparator.comparingLong(SimProcess::arrival).thenComparing(SimProcess::id);

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
    if (quantum < 1) {
      throw new IllegalArgumentException("the quantum must be at least 1, got " + quantum);
    }
    List<SimProcess> byArrival = sortedByArrival(processes);
    Map<String, Long> remaining = new HashMap<>();
    byArrival.forEach(p -> remaining.put(p.id(), p.burst()));
    Deque<SimProcess> ready = new ArrayDeque<>();
    Timeline timeline = new Timeline();
    int next = 0;
    long time = 0;
    while (next < byArrival.size() || !ready.isEmpty()) {
      if (ready.isEmpty()) {
        time = Math.max(time, byArrival.get(next).arrival()); // idle until the next arrival
      }
      next = admit(byArrival, next, time, ready);
      SimProcess running = ready.poll();
      long left = remaining.get(running.id());
      long slice = Math.min(quantum, left);
      timeline.run(running.id(), time, time + slice);
      time += slice;
      remaining.put(running.id(), left - slice);
      next = admit(byArrival, next, time, ready); // arrivals first, then the preempted one
      if (left > slice) {
        ready.add(running);
      }
    }
    return timeline.schedule(byArrival);
  }

  /**
   * Shortest job first, non-preemptive: whenever the CPU is free, the ready process with the
   * smallest burst runs to its end.
   *
   * @throws IllegalArgumentException when an id repeats
   */
  public static Schedule shortestJobFirst(List<SimProcess> processes) {
    return nonPreemptive(processes, Comparator.comparingLong(SimProcess::burst));
  }

  /**
   * Priority, non-preemptive: whenever the CPU is free, the ready process with the smallest
   * priority number runs to its end.
   *
   * @throws IllegalArgumentException when an id repeats
   */
  public static Schedule priority(List<SimProcess> processes) {
    return nonPreemptive(processes, Comparator.comparingInt(SimProcess::priority));
  }

  private static Schedule nonPreemptive(List<SimProcess> processes, Comparator<SimProcess> order) {
    List<SimProcess> byArrival = sortedByArrival(processes);
    PriorityQueue<SimProcess> ready = new PriorityQueue<>(order.thenComparing(BY_ARRIVAL_THEN_ID));
    Timeline timeline = new Timeline();
    int next = 0;
    long time = 0;
    while (next < byArrival.size() || !ready.isEmpty()) {
      if (ready.isEmpty()) {
        time = Math.max(time, byArrival.get(next).arrival());
      }
      next = admit(byArrival, next, time, ready);
      SimProcess running = ready.poll();
      timeline.run(running.id(), time, time + running.burst());
      time += running.burst();
    }
    return timeline.schedule(byArrival);
  }

  /** Moves every process that has arrived by {@code time} to {@code ready}; returns the cursor. */
  private static int admit(
      List<SimProcess> byArrival, int next, long time, java.util.Queue<SimProcess> ready) {
    int cursor = next;
    while (cursor < byArrival.size() && byArrival.get(cursor).arrival() <= time) {
      ready.add(byArrival.get(cursor++));
    }
    return cursor;
  }

  private static List<SimProcess> sortedByArrival(List<SimProcess> processes) {
    Set<String> ids = new HashSet<>();
    for (SimProcess process : processes) {
      if (!ids.add(process.id())) {
        throw new IllegalArgumentException("two processes are named " + process.id());
      }
    }
    List<SimProcess> sorted = new ArrayList<>(processes);
    sorted.sort(BY_ARRIVAL_THEN_ID);
    return sorted;
  }

  /** The segments so far, touching segments of one process merged, and the stats at the end. */
  private static final class Timeline {
    private final List<Segment> segments = new ArrayList<>();

    void run(String id, long start, long end) {
      int last = segments.size() - 1;
      if (last >= 0
          && segments.get(last).processId().equals(id)
          && segments.get(last).end() == start) {
        segments.set(last, new Segment(id, segments.get(last).start(), end));
      } else {
        segments.add(new Segment(id, start, end));
      }
    }

    Schedule schedule(List<SimProcess> processes) {
      Map<String, Long> completion = new HashMap<>();
      Map<String, Long> firstStart = new HashMap<>();
      for (Segment segment : segments) {
        completion.put(segment.processId(), segment.end());
        firstStart.putIfAbsent(segment.processId(), segment.start());
      }
      List<ProcessStats> stats = new ArrayList<>();
      List<SimProcess> byId = new ArrayList<>(processes);
      byId.sort(Comparator.comparing(SimProcess::id));
      for (SimProcess p : byId) {
        long done = completion.get(p.id());
        long turnaround = done - p.arrival();
        stats.add(new ProcessStats(p.id(), done, turnaround, firstStart.get(p.id()) - p.arrival()));
      }
      return new Schedule(segments, stats);
    }
  }
}
