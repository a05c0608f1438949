package dev.roadmapkit.cicd.canaryanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.roadmapkit.support.clock.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("ci-cd/canary-analysis: CanaryAnalysis")
class CanaryAnalysisTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(10);

  /**
   * Window 10 min, 20 samples a side, p95; errors at most 5% and 2x the baseline; latency at most
   * 500 ms and 1.5x.
   */
  private static final CanaryPolicy POLICY = new CanaryPolicy(WINDOW, 20, 95, 0.05, 2.0, 500, 1.5);

  private final Clock clock = TestClock.at(NOW);

  private CanaryAnalysis analysis() {
    return new CanaryAnalysis(POLICY, clock);
  }

  private static Observation at(Instant when, boolean error, long latency) {
    return new Observation(when, error, latency);
  }

  /** n observations inside the window, the first {@code errors} failing, all of one latency. */
  private static List<Observation> side(int n, int errors, long latency) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(at(NOW.minusSeconds(1 + i % 500), i < errors, latency));
    }
    return out;
  }

  private static List<Long> range(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  // --- the measures ---

  @Test
  @DisplayName("the percentile is the nearest rank: the value at rank ceil(p/100 * n), from 1")
  void nearestRankPercentile() {
    assertThat(CanaryAnalysis.percentile(range(1, 20), 95))
        .as("p95 of 1..20: rank ceil(0.95 * 20) = 19, so the 19th value, 19 (not the 20th)")
        .isEqualTo(19);
    assertThat(CanaryAnalysis.percentile(range(1, 10), 50)).as("p50 of 1..10: rank 5").isEqualTo(5);
    assertThat(CanaryAnalysis.percentile(range(1, 10), 55))
        .as("p55 of 1..10: 5.5 rounds up to rank 6")
        .isEqualTo(6);
    assertThat(CanaryAnalysis.percentile(range(1, 100), 99)).as("p99 of 1..100").isEqualTo(99);
    assertThat(CanaryAnalysis.percentile(range(1, 100), 7))
        .as("p7 of 1..100 is 7; 0.07 * 100 is 7.000000000000001 in doubles: rank in integers")
        .isEqualTo(7);
    assertThat(CanaryAnalysis.percentile(range(1, 10), 100)).as("p100: the largest").isEqualTo(10);
    assertThat(CanaryAnalysis.percentile(range(1, 10), 1)).as("p1 of 10: rank 1").isEqualTo(1);
    assertThat(CanaryAnalysis.percentile(List.of(42L), 95)).as("one value").isEqualTo(42);
  }

  @Test
  @DisplayName("the percentile sorts a copy, and refuses no values or p outside 1..100")
  void percentileSortsACopy() {
    List<Long> latencies = new ArrayList<>(List.of(50L, 10L, 40L, 20L, 30L));
    assertThat(CanaryAnalysis.percentile(latencies, 60))
        .as("p60 of 50, 10, 40, 20, 30: sorted 10..50, rank 3, so 30")
        .isEqualTo(30);
    assertThat(latencies)
        .as("the caller's list is not reordered")
        .containsExactly(50L, 10L, 40L, 20L, 30L);
    assertThatIllegalArgumentException()
        .as("no values")
        .isThrownBy(() -> CanaryAnalysis.percentile(List.of(), 95));
    assertThatIllegalArgumentException()
        .as("p0")
        .isThrownBy(() -> CanaryAnalysis.percentile(range(1, 3), 0));
    assertThatIllegalArgumentException()
        .as("p101")
        .isThrownBy(() -> CanaryAnalysis.percentile(range(1, 3), 101));
  }

  @Test
  @DisplayName("the error rate is errors / observations as a double")
  void errorRate() {
    assertThat(CanaryAnalysis.errorRate(side(200, 3, 100)))
        .as("3 errors in 200 requests: 0.015 (integer division would give 0)")
        .isEqualTo(0.015);
    assertThat(CanaryAnalysis.errorRate(side(4, 4, 100))).as("all failing: 1").isEqualTo(1.0);
    assertThat(CanaryAnalysis.errorRate(List.of())).as("no observation: 0").isZero();
  }

  @Test
  @DisplayName("the window is (now - window, now]: its start is out, now is in, the future out")
  void window() {
    Observation tooOld = at(NOW.minus(WINDOW), true, 1);
    Observation justIn = at(NOW.minus(WINDOW).plusMillis(1), false, 2);
    Observation now = at(NOW, false, 3);
    Observation future = at(NOW.plusMillis(1), false, 4);
    Observation ancient = at(NOW.minus(Duration.ofHours(1)), false, 5);
    assertThat(analysis().inWindow(List.of(now, tooOld, future, justIn, ancient)))
        .as(
            "at 12:00 with a 10-minute window: 11:50:00.000 exactly is out (exclusive start),"
                + " 11:50:00.001 and 12:00 are in, 12:00:00.001 and 11:00 are out; order kept")
        .containsExactly(now, justIn);
  }

  // --- the decision ---

  @Test
  @DisplayName("waits while a side has fewer samples than the minimum, whatever they show")
  void waitsForMinimumSamples() {
    assertThat(analysis().analyse(side(100, 0, 100), side(19, 19, 9_000)))
        .as("19 canary samples, all failing and slow, with 20 needed: too few to judge, wait")
        .isEqualTo(new Verdict(Decision.WAIT, List.of(Reason.CANARY_TOO_FEW_SAMPLES)));
    assertThat(analysis().analyse(side(19, 0, 100), side(100, 0, 100)))
        .as("19 baseline samples: wait")
        .isEqualTo(new Verdict(Decision.WAIT, List.of(Reason.BASELINE_TOO_FEW_SAMPLES)));
    assertThat(analysis().analyse(side(3, 0, 100), side(0, 0, 100)))
        .as("both short: both reasons, canary first")
        .isEqualTo(
            new Verdict(
                Decision.WAIT,
                List.of(Reason.CANARY_TOO_FEW_SAMPLES, Reason.BASELINE_TOO_FEW_SAMPLES)));
    assertThat(analysis().analyse(side(20, 0, 100), side(20, 0, 100)))
        .as("exactly 20 a side is enough: a decision")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
  }

  @Test
  @DisplayName("counts only the samples in the window towards the minimum and the measures")
  void oldSamplesDoNotCount() {
    List<Observation> canary = new ArrayList<>(side(15, 0, 100));
    for (int i = 0; i < 30; i++) {
      canary.add(at(NOW.minus(WINDOW).minusSeconds(i), true, 9_000));
    }
    assertThat(analysis().analyse(side(50, 0, 100), canary))
        .as("45 canary samples, but 30 of them (failing) are older than 10 minutes: 15 count, wait")
        .isEqualTo(new Verdict(Decision.WAIT, List.of(Reason.CANARY_TOO_FEW_SAMPLES)));
    canary.addAll(side(5, 0, 100));
    assertThat(analysis().analyse(side(50, 0, 100), canary))
        .as("5 more recent good samples: 20 in the window, all fine; the old failures do not count")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
  }

  @Test
  @DisplayName("rolls back above the absolute error limit; exactly at it passes")
  void absoluteErrorLimit() {
    assertThat(analysis().analyse(side(200, 10, 100), side(200, 12, 100)))
        .as("canary 12/200 = 6% above the 5% limit (baseline 5%, so 2x would allow 10%)")
        .isEqualTo(new Verdict(Decision.ROLL_BACK, List.of(Reason.ERROR_RATE_ABOVE_LIMIT)));
    assertThat(analysis().analyse(side(200, 10, 100), side(200, 10, 100)))
        .as("canary 10/200 = 5%, exactly the limit: passes (above is strict)")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
  }

  @Test
  @DisplayName("rolls back when the canary errs more than 2x the baseline; exactly 2x passes")
  void relativeErrorLimit() {
    assertThat(analysis().analyse(side(100, 1, 100), side(100, 3, 100)))
        .as("baseline 1%, canary 3%: below the 5% limit but above 2 x 1% = 2%: roll back")
        .isEqualTo(new Verdict(Decision.ROLL_BACK, List.of(Reason.ERROR_RATE_ABOVE_BASELINE)));
    assertThat(analysis().analyse(side(100, 1, 100), side(100, 2, 100)))
        .as("baseline 1%, canary 2%: exactly 2x, passes")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
    assertThat(analysis().analyse(side(100, 0, 100), side(100, 1, 100)))
        .as("the baseline never errs and the canary does (1%): above 2 x 0, roll back")
        .isEqualTo(new Verdict(Decision.ROLL_BACK, List.of(Reason.ERROR_RATE_ABOVE_BASELINE)));
    assertThat(analysis().analyse(side(100, 4, 100), side(100, 1, 100)))
        .as("the canary errs less than the baseline (1% against 4%): fine")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
  }

  @Test
  @DisplayName("rolls back when the canary's p95 is above 500 ms or above 1.5x the baseline's")
  void latencyLimits() {
    assertThat(analysis().analyse(side(40, 0, 450), side(40, 0, 600)))
        .as("canary p95 600 ms above the 500 ms limit (1.5 x 450 = 675 would allow it)")
        .isEqualTo(new Verdict(Decision.ROLL_BACK, List.of(Reason.LATENCY_ABOVE_LIMIT)));
    assertThat(analysis().analyse(side(40, 0, 450), side(40, 0, 500)))
        .as("canary p95 500 ms, exactly the limit: passes")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
    assertThat(analysis().analyse(side(40, 0, 200), side(40, 0, 301)))
        .as("baseline p95 200 ms, canary 301 ms: above 1.5 x 200 = 300")
        .isEqualTo(new Verdict(Decision.ROLL_BACK, List.of(Reason.LATENCY_ABOVE_BASELINE)));
    assertThat(analysis().analyse(side(40, 0, 200), side(40, 0, 300)))
        .as("canary 300 ms, exactly 1.5x: passes")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
  }

  @Test
  @DisplayName("judges latency by the percentile: one slow request in 20 is not the p95")
  void percentileNotMaximum() {
    List<Observation> canary = new ArrayList<>(side(19, 0, 100));
    canary.add(at(NOW.minusSeconds(30), false, 9_000));
    assertThat(analysis().analyse(side(20, 0, 100), canary))
        .as("19 requests of 100 ms and one of 9 s: p95 is rank 19, 100 ms; promote")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
    canary.add(at(NOW.minusSeconds(31), false, 9_000));
    assertThat(analysis().analyse(side(20, 0, 100), canary))
        .as("two slow in 21: rank ceil(19.95) = 20 is 9 s; above both latency limits")
        .isEqualTo(
            new Verdict(
                Decision.ROLL_BACK,
                List.of(Reason.LATENCY_ABOVE_LIMIT, Reason.LATENCY_ABOVE_BASELINE)));
  }

  @Test
  @DisplayName("lists every failed check, in the order Reason declares")
  void everyReason() {
    assertThat(analysis().analyse(side(100, 1, 100), side(100, 30, 2_000)))
        .as("canary 30% errors and p95 2 s against a baseline of 1% and 100 ms: all four checks")
        .isEqualTo(
            new Verdict(
                Decision.ROLL_BACK,
                List.of(
                    Reason.ERROR_RATE_ABOVE_LIMIT,
                    Reason.ERROR_RATE_ABOVE_BASELINE,
                    Reason.LATENCY_ABOVE_LIMIT,
                    Reason.LATENCY_ABOVE_BASELINE)));
  }

  @Test
  @DisplayName("uses the policy's percentile and refuses a null policy or clock")
  void policyAndArguments() {
    CanaryAnalysis p50 =
        new CanaryAnalysis(new CanaryPolicy(WINDOW, 20, 50, 0.05, 2.0, 500, 1.5), clock);
    List<Observation> canary = new ArrayList<>(side(10, 0, 100));
    canary.addAll(side(10, 0, 900));
    assertThat(p50.analyse(side(20, 0, 100), canary))
        .as("p50 of ten at 100 ms and ten at 900 ms is rank 10, 100 ms: promote")
        .isEqualTo(new Verdict(Decision.PROMOTE, List.of(Reason.ALL_CHECKS_PASSED)));
    assertThat(analysis().analyse(side(20, 0, 100), canary))
        .as("the same canary at p95: 900 ms, roll back")
        .extracting(Verdict::decision)
        .isEqualTo(Decision.ROLL_BACK);
    assertThatNullPointerException().isThrownBy(() -> new CanaryAnalysis(null, clock));
    assertThatNullPointerException().isThrownBy(() -> new CanaryAnalysis(POLICY, null));
  }

  // --- properties ---

  @Property(tries = 200, seed = "20260301")
  @Label("more canary errors never turn a roll-back into a promote")
  void moreErrorsNeverPromote(
      @ForAll @Size(min = 20, max = 120) List<@LongRange(min = 1, max = 800) Long> latencies,
      @ForAll @IntRange(min = 0, max = 120) int errors,
      @ForAll @IntRange(min = 1, max = 60) int more,
      @ForAll @IntRange(min = 0, max = 10) int baselineErrors) {
    List<Observation> baseline = side(100, baselineErrors, 200);
    Decision fewer = analysis().analyse(baseline, canary(latencies, errors)).decision();
    Decision worse = analysis().analyse(baseline, canary(latencies, errors + more)).decision();
    if (fewer == Decision.ROLL_BACK) {
      assertThat(worse)
          .as(
              "%d canary errors rolled back; %d errors on the same requests must roll back too",
              Math.min(errors, latencies.size()), Math.min(errors + more, latencies.size()))
          .isEqualTo(Decision.ROLL_BACK);
    }
    assertThat(worse).as("20 or more samples a side: never wait").isNotEqualTo(Decision.WAIT);
  }

  @Property(tries = 200, seed = "20260302")
  @Label("with fewer than the minimum samples on a side, the decision is always wait")
  void tooFewAlwaysWaits(
      @ForAll @IntRange(min = 0, max = 19) int few,
      @ForAll @IntRange(min = 0, max = 200) int other,
      @ForAll boolean canaryIsShort,
      @ForAll @IntRange(min = 0, max = 200) int errors,
      @ForAll @LongRange(min = 0, max = 10_000) long latency) {
    List<Observation> shortSide = side(few, errors, latency);
    List<Observation> otherSide = side(other, errors, latency);
    Verdict verdict =
        canaryIsShort
            ? analysis().analyse(otherSide, shortSide)
            : analysis().analyse(shortSide, otherSide);
    assertThat(verdict.decision())
        .as(
            "%s has %d samples of the 20 needed (the other %d): wait, whatever the errors",
            canaryIsShort ? "the canary" : "the baseline", few, other)
        .isEqualTo(Decision.WAIT);
    assertThat(verdict.reasons())
        .contains(canaryIsShort ? Reason.CANARY_TOO_FEW_SAMPLES : Reason.BASELINE_TOO_FEW_SAMPLES);
  }

  private static List<Observation> canary(List<Long> latencies, int errors) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < latencies.size(); i++) {
      out.add(at(NOW.minusSeconds(1 + i), i < errors, latencies.get(i)));
    }
    return out;
  }
}
