package dev.roadmapkit.osfundamentals.schedulersimulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("os-fundamentals/scheduler-simulation: Scheduler")
class SchedulerTest {

  private static SimProcess p(String id, long arrival, long burst) {
    return SimProcess.of(id, arrival, burst);
  }

  private static SimProcess p(String id, long arrival, long burst, int priority) {
    return new SimProcess(id, arrival, burst, priority);
  }

  /** The timeline as text: "P1 0-2, P2 2-4". */
  private static String gantt(Schedule schedule) {
    return schedule.timeline().stream().map(Segment::toString).collect(Collectors.joining(", "));
  }

  /** The stats as text: "P1 c13 t13 w8" (completion, turnaround, waiting). */
  private static List<String> stats(Schedule schedule) {
    return schedule.stats().stream()
        .map(
            s -> s.processId() + " c" + s.completion() + " t" + s.turnaround() + " w" + s.waiting())
        .toList();
  }

  // --- worked examples, computed by hand ---

  @Test
  @DisplayName("round-robin, quantum 2: five processes, arrivals joining before the preempted one")
  void roundRobinWorkedExample() {
    // P1(0,5) P2(1,3) P3(2,1) P4(3,2) P5(4,3), quantum 2. The queue after each step:
    // 0-2 P1 runs; by 2, P2 and P3 arrived: they join, then P1  -> [P2 P3 P1]
    // 2-4 P2 runs; by 4, P4 and P5 arrived: they join, then P2  -> [P3 P1 P4 P5 P2]
    // 4-5 P3 (done)  5-7 P1  7-9 P4 (done)  9-11 P5  11-12 P2 (done)  12-13 P1 (done)
    // 13-14 P5 (done)
    Schedule schedule =
        Scheduler.roundRobin(
            List.of(p("P1", 0, 5), p("P2", 1, 3), p("P3", 2, 1), p("P4", 3, 2), p("P5", 4, 3)), 2);
    assertThat(gantt(schedule))
        .as(
            "the timeline; at 2, P2 and P3 (arrived at 1 and 2, by the end of P1's quantum) join"
                + " the queue BEFORE P1 goes back to its tail")
        .isEqualTo("P1 0-2, P2 2-4, P3 4-5, P1 5-7, P4 7-9, P5 9-11, P2 11-12, P1 12-13, P5 13-14");
    assertThat(stats(schedule))
        .as(
            "per process, ordered by id: completion, turnaround = completion - arrival, waiting ="
                + " turnaround - burst")
        .containsExactly(
            "P1 c13 t13 w8", "P2 c12 t11 w8", "P3 c5 t3 w2", "P4 c9 t6 w4", "P5 c14 t10 w7");
    assertThat(schedule.averageWaiting()).as("(8 + 8 + 2 + 4 + 7) / 5").isEqualTo(5.8);
  }

  @Test
  @DisplayName("shortest job first: the shortest ready job runs when the CPU is free, to its end")
  void shortestJobFirstWorkedExample() {
    // P1(0,7) P2(2,4) P3(4,1) P4(5,4). At 0 only P1 is there: it runs to 7 (non-preemptive).
    // At 7: P3 (1) is shortest; at 8: P2 and P4 tie at 4, P2 arrived first.
    Schedule schedule =
        Scheduler.shortestJobFirst(
            List.of(p("P1", 0, 7), p("P2", 2, 4), p("P3", 4, 1), p("P4", 5, 4)));
    assertThat(gantt(schedule))
        .as(
            "P1 alone at 0 runs to its end (no preemption by the shorter jobs that arrive); then"
                + " the shortest of the jobs waiting")
        .isEqualTo("P1 0-7, P3 7-8, P2 8-12, P4 12-16");
    assertThat(stats(schedule))
        .containsExactly("P1 c7 t7 w0", "P2 c12 t10 w6", "P3 c8 t4 w3", "P4 c16 t11 w7");
    assertThat(schedule.averageWaiting()).as("(0 + 6 + 3 + 7) / 4").isEqualTo(4.0);
  }

  @Test
  @DisplayName("priority: the most urgent ready process (smallest number) runs, to its end")
  void priorityWorkedExample() {
    // P1(0,4,p2) P2(1,3,p1) P3(2,1,p4) P4(3,5,p2) P5(4,2,p3). P1 alone at 0 runs to 4; then
    // by priority number: P2 (1), P4 (2), P5 (3), P3 (4).
    Schedule schedule =
        Scheduler.priority(
            List.of(
                p("P1", 0, 4, 2),
                p("P2", 1, 3, 1),
                p("P3", 2, 1, 4),
                p("P4", 3, 5, 2),
                p("P5", 4, 2, 3)));
    assertThat(gantt(schedule))
        .as("a smaller priority number is more urgent; P1 is not preempted by P2")
        .isEqualTo("P1 0-4, P2 4-7, P4 7-12, P5 12-14, P3 14-15");
    assertThat(stats(schedule))
        .containsExactly(
            "P1 c4 t4 w0", "P2 c7 t6 w3", "P3 c15 t13 w12", "P4 c12 t9 w4", "P5 c14 t10 w8");
    assertThat(schedule.averageWaiting()).as("(0 + 3 + 12 + 4 + 8) / 5").isEqualTo(5.4);
  }

  // --- the rules at their edges ---

  @Test
  @DisplayName("ties go to the earlier arrival, then to the smaller id, in all three algorithms")
  void ties() {
    // X runs 0-5; at 5, B (arrived 1) and A (arrived 3) are equal for the algorithm.
    List<SimProcess> tied = List.of(p("X", 0, 5, 1), p("A", 3, 2, 2), p("B", 1, 2, 2));
    assertThat(gantt(Scheduler.shortestJobFirst(tied)))
        .as("A and B both need 2: B arrived first, so B runs first (not A by its name)")
        .isEqualTo("X 0-5, B 5-7, A 7-9");
    assertThat(gantt(Scheduler.priority(tied)))
        .as("A and B both have priority 2: B arrived first")
        .isEqualTo("X 0-5, B 5-7, A 7-9");
    List<SimProcess> sameArrival = List.of(p("C", 0, 2, 1), p("B", 0, 2, 1), p("A", 0, 2, 1));
    assertThat(gantt(Scheduler.shortestJobFirst(sameArrival)))
        .as("equal bursts and equal arrivals: by id")
        .isEqualTo("A 0-2, B 2-4, C 4-6");
    assertThat(gantt(Scheduler.priority(sameArrival))).isEqualTo("A 0-2, B 2-4, C 4-6");
    assertThat(gantt(Scheduler.roundRobin(sameArrival, 1)))
        .as("round-robin: processes arriving together enter the queue by id")
        .isEqualTo("A 0-1, B 1-2, C 2-3, A 3-4, B 4-5, C 5-6");
  }

  @Test
  @DisplayName("the CPU idles until the next arrival; nothing runs before it arrives")
  void idleGaps() {
    List<SimProcess> gap = List.of(p("P2", 5, 3, 1), p("P1", 1, 2, 1));
    String expected = "P1 1-3, P2 5-8";
    assertThat(gantt(Scheduler.shortestJobFirst(gap)))
        .as("nothing before 1, and 3-5 idle: P2 arrives at 5 and cannot start at 3")
        .isEqualTo(expected);
    assertThat(gantt(Scheduler.priority(gap))).isEqualTo(expected);
    assertThat(gantt(Scheduler.roundRobin(gap, 4))).isEqualTo(expected);
    assertThat(stats(Scheduler.roundRobin(gap, 4)))
        .as("an idle CPU is no waiting: both waited 0")
        .containsExactly("P1 c3 t2 w0", "P2 c8 t3 w0");
  }

  @Test
  @DisplayName("round-robin: a process alone keeps the CPU, shown as one segment")
  void roundRobinMergesTouchingSegments() {
    assertThat(gantt(Scheduler.roundRobin(List.of(p("P1", 0, 5)), 2)))
        .as("P1 runs 0-2, 2-4, 4-5 with nobody else ready: one segment, P1 0-5")
        .isEqualTo("P1 0-5");
    assertThat(gantt(Scheduler.roundRobin(List.of(p("A", 0, 3), p("B", 4, 3)), 2)))
        .as("A runs 0-3 alone; idle 3-4; B runs 4-7 alone")
        .isEqualTo("A 0-3, B 4-7");
    assertThat(gantt(Scheduler.roundRobin(List.of(p("A", 0, 4), p("B", 3, 1)), 2)))
        .as("A's second quantum 2-4 is cut off by nobody; B, arrived at 3, waits for its end")
        .isEqualTo("A 0-4, B 4-5");
  }

  @Test
  @DisplayName("round-robin: a process arriving while the CPU idles is served at its arrival")
  void roundRobinAfterIdle() {
    Schedule schedule = Scheduler.roundRobin(List.of(p("A", 0, 2), p("B", 6, 3), p("C", 7, 1)), 2);
    assertThat(gantt(schedule))
        .as("idle 2-6; B 6-8; C arrived at 7 joins before B goes back; C 8-9; B 9-10")
        .isEqualTo("A 0-2, B 6-8, C 8-9, B 9-10");
    assertThat(stats(schedule)).containsExactly("A c2 t2 w0", "B c10 t4 w1", "C c9 t2 w1");
  }

  @Test
  @DisplayName("an empty list gives an empty schedule; a repeated id or quantum below 1 is refused")
  void edges() {
    assertThat(Scheduler.roundRobin(List.of(), 3).timeline()).isEmpty();
    assertThat(Scheduler.shortestJobFirst(List.of()).stats()).isEmpty();
    assertThat(Scheduler.priority(List.of()).timeline()).isEmpty();
    List<SimProcess> twice = List.of(p("P1", 0, 2), p("P1", 1, 3));
    assertThatIllegalArgumentException()
        .as("two processes named P1: the stats could not tell them apart")
        .isThrownBy(() -> Scheduler.roundRobin(twice, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> Scheduler.shortestJobFirst(twice));
    assertThatIllegalArgumentException().isThrownBy(() -> Scheduler.priority(twice));
    assertThatIllegalArgumentException()
        .as("a quantum of 0 would never run anything")
        .isThrownBy(() -> Scheduler.roundRobin(List.of(p("P1", 0, 2)), 0));
    assertThat(gantt(Scheduler.roundRobin(List.of(p("P1", 0, 2), p("P2", 0, 1)), 1)))
        .as("a quantum of 1 is fine")
        .isEqualTo("P1 0-1, P2 1-2, P1 2-3");
  }

  // --- properties ---

  @Property(tries = 300)
  @Label("every algorithm: each process runs exactly its burst, after its arrival, with no overlap")
  void timelinesAreSound(
      @ForAll("processes") List<SimProcess> processes,
      @ForAll @IntRange(min = 1, max = 4) int quantum) {
    check("round-robin", Scheduler.roundRobin(processes, quantum), processes, false);
    check("shortest job first", Scheduler.shortestJobFirst(processes), processes, true);
    check("priority", Scheduler.priority(processes), processes, true);
  }

  private static void check(
      String algorithm, Schedule schedule, List<SimProcess> processes, boolean oneSegmentEach) {
    Map<String, SimProcess> byId = new HashMap<>();
    processes.forEach(p -> byId.put(p.id(), p));
    Map<String, Long> ran = new HashMap<>();
    Map<String, Integer> segments = new HashMap<>();
    Segment previous = null;
    for (Segment segment : schedule.timeline()) {
      SimProcess process = byId.get(segment.processId());
      assertThat(process)
          .as("%s: segment %s of an unknown process", algorithm, segment)
          .isNotNull();
      assertThat(segment.start())
          .as(
              "%s: %s starts before %s arrives at %d",
              algorithm, segment, process.id(), process.arrival())
          .isGreaterThanOrEqualTo(process.arrival());
      if (previous != null) {
        assertThat(segment.start())
            .as(
                "%s: %s overlaps %s: one CPU runs one process at a time",
                algorithm, segment, previous)
            .isGreaterThanOrEqualTo(previous.end());
        assertThat(
                previous.processId().equals(segment.processId())
                    && previous.end() == segment.start())
            .as("%s: %s and %s touch: they must be one segment", algorithm, previous, segment)
            .isFalse();
      }
      ran.merge(segment.processId(), segment.length(), Long::sum);
      segments.merge(segment.processId(), 1, Integer::sum);
      previous = segment;
    }
    for (SimProcess process : processes) {
      assertThat(ran.getOrDefault(process.id(), 0L))
          .as(
              "%s: %s needs %d units of CPU and must get exactly that",
              algorithm, process.id(), process.burst())
          .isEqualTo(process.burst());
      if (oneSegmentEach) {
        assertThat(segments.get(process.id()))
            .as("%s is non-preemptive: %s runs in one segment", algorithm, process.id())
            .isEqualTo(1);
      }
    }
    // Never idle while a process that has arrived is waiting.
    long cursor = 0;
    for (Segment segment : schedule.timeline()) {
      long gapStart = cursor;
      long gapEnd = segment.start();
      if (gapEnd > gapStart) {
        for (SimProcess process : processes) {
          boolean waiting =
              process.arrival() <= gapStart
                  && schedule.of(process.id()).orElseThrow().completion() > gapStart;
          assertThat(waiting)
              .as(
                  "%s: the CPU idles from %d to %d while %s waits",
                  algorithm, gapStart, gapEnd, process.id())
              .isFalse();
        }
      }
      cursor = segment.end();
    }
    List<String> ids = new ArrayList<>(byId.keySet());
    ids.sort(null);
    assertThat(schedule.stats().stream().map(ProcessStats::processId).toList())
        .as("%s: one stats entry per process, ordered by id", algorithm)
        .isEqualTo(ids);
    for (ProcessStats stats : schedule.stats()) {
      SimProcess process = byId.get(stats.processId());
      Segment last =
          schedule.timeline().stream()
              .filter(s -> s.processId().equals(process.id()))
              .reduce((a, b) -> b)
              .orElseThrow();
      assertThat(stats.completion())
          .as("%s: completion of %s", algorithm, process.id())
          .isEqualTo(last.end());
      assertThat(stats.turnaround())
          .as("%s: turnaround of %s = completion - arrival", algorithm, process.id())
          .isEqualTo(stats.completion() - process.arrival());
      assertThat(stats.waiting())
          .as("%s: waiting of %s = turnaround - burst", algorithm, process.id())
          .isEqualTo(stats.turnaround() - process.burst());
    }
  }

  @Provide
  Arbitrary<List<SimProcess>> processes() {
    Arbitrary<SimProcess> process =
        Combinators.combine(
                Arbitraries.longs().between(0, 12),
                Arbitraries.longs().between(1, 6),
                Arbitraries.integers().between(1, 3))
            .as((arrival, burst, priority) -> new SimProcess("?", arrival, burst, priority));
    return process
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            list -> {
              List<SimProcess> named = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                SimProcess p = list.get(i);
                named.add(new SimProcess("P" + i, p.arrival(), p.burst(), p.priority()));
              }
              return named;
            });
  }
}
