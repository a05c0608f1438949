package dev.roadmapkit.testing.flakytests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link ReportService}: the exercise. They check the right things, and they pass on a
 * quiet laptop, but they are flaky: they sleep and hope the thread pool is done by then. On a busy
 * CI machine it is not, and they fail on correct code; a bug that shows only when the pool is quick
 * slips through. FlakyTestsGradingTest runs them ten times, each on a machine busy in its own way.
 */
class ReportServiceTest {

  // TODO testing/flaky-tests: make these tests deterministic and keep what they check. No sleeps:
  // wait for the future itself, with a bound (assertThat(future).succeedsWithin(...)), or give the
  // service an executor you run by hand, so that you decide when the work happens.

  private final List<Report> told = new CopyOnWriteArrayList<>();
  private final ReportService service = new ReportService(ForkJoinPool.commonPool(), told::add);

  @Test
  @DisplayName("a day's sales are counted, added up, and the largest is named")
  void summarisesTheSales() throws InterruptedException {
    CompletableFuture<Report> report = service.summarise(List.of(250L, 1_000L, 400L));
    Thread.sleep(100); // the pool is usually done by then
    assertThat(report.getNow(null)).isEqualTo(new Report(3, 1_650, 1_000));
  }

  @Test
  @DisplayName("a day without sales reports zeros")
  void emptyDay() throws InterruptedException {
    CompletableFuture<Report> report = service.summarise(List.of());
    Thread.sleep(100);
    assertThat(report.getNow(null)).isEqualTo(new Report(0, 0, 0));
  }

  @Test
  @DisplayName("the listener is told about a finished report once")
  void listenerToldOnce() throws InterruptedException {
    service.summarise(List.of(700L));
    Thread.sleep(100);
    assertThat(told).containsExactly(new Report(1, 700, 700));
  }

  @Test
  @DisplayName("a negative sale fails the report, naming the amount")
  void negativeSaleFails() throws InterruptedException {
    CompletableFuture<Report> report = service.summarise(List.of(100L, -5L));
    Thread.sleep(100);
    assertThatThrownBy(() -> report.getNow(null))
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-5");
  }

  @Test
  @DisplayName("the report is of the sales as they were when summarise was called")
  void salesCopiedWhenCalled() throws InterruptedException {
    List<Long> sales = new ArrayList<>(List.of(100L, 200L));
    CompletableFuture<Report> report = service.summarise(sales);
    sales.add(300L); // the pool has usually not started yet
    Thread.sleep(100);
    assertThat(report.getNow(null)).isEqualTo(new Report(2, 300, 200));
  }
}
