package dev.roadmapkit.testing.flakytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reference tests of ReportService. The idea: most rules are about what the work computes, not
 * about threads, so those tests hand the service an executor they run by hand; then they decide
 * when the work happens, nothing races, and a bug in the order of events (a list read late) shows
 * every time. One test uses a real thread pool, and waits on the future with a generous bound: it
 * costs nothing when the code works, and fails in seconds instead of hanging when it does not. The
 * trade-off: the hand-run executor does not prove the work leaves the caller's thread; the pool
 * test does that.
 */
class ReportServiceTest {

  private final List<Report> told = new CopyOnWriteArrayList<>();

  @Nested
  @DisplayName("with an executor run by hand")
  class ByHand {

    private final Queue<Runnable> pending = new ArrayDeque<>();
    private final ReportService service = new ReportService(pending::add, told::add);

    private void runPendingWork() {
      for (Runnable work = pending.poll(); work != null; work = pending.poll()) {
        work.run();
      }
    }

    @Test
    @DisplayName("summarise returns before the work is done; the report completes when it runs")
    void completesWhenTheWorkRuns() {
      CompletableFuture<Report> report = service.summarise(List.of(250L, 1_000L, 400L));
      assertThat(report).as("before the executor runs the work").isNotDone();

      runPendingWork();

      assertThat(report).isCompletedWithValue(new Report(3, 1_650, 1_000));
    }

    @Test
    @DisplayName(
        "the largest sale is named wherever it stands in the day: 1000 of [250, 1000, 400]")
    void largestWhereverItStands() {
      CompletableFuture<Report> first = service.summarise(List.of(900L, 300L));
      CompletableFuture<Report> last = service.summarise(List.of(300L, 900L));
      runPendingWork();

      assertThat(first).isCompletedWithValue(new Report(2, 1_200, 900));
      assertThat(last).isCompletedWithValue(new Report(2, 1_200, 900));
    }

    @Test
    @DisplayName("a day without sales reports zeros")
    void emptyDay() {
      CompletableFuture<Report> report = service.summarise(List.of());
      runPendingWork();

      assertThat(report).isCompletedWithValue(new Report(0, 0, 0));
    }

    @Test
    @DisplayName("the report is of the sales as they were when summarise was called")
    void salesCopiedWhenCalled() {
      List<Long> sales = new ArrayList<>(List.of(100L, 200L));
      CompletableFuture<Report> report = service.summarise(sales);
      sales.add(300L);
      sales.set(0, 5_000L);
      runPendingWork();

      assertThat(report).isCompletedWithValue(new Report(2, 300, 200));
    }

    @Test
    @DisplayName("the listener is told about each finished report exactly once")
    void listenerToldOncePerReport() {
      service.summarise(List.of(700L));
      service.summarise(List.of(100L, 50L));
      assertThat(told).as("before the work runs").isEmpty();

      runPendingWork();

      assertThat(told).containsExactly(new Report(1, 700, 700), new Report(2, 150, 100));
    }

    @Test
    @DisplayName("a negative sale completes the future exceptionally, naming it, and is not told")
    void negativeSaleFails() {
      CompletableFuture<Report> report = service.summarise(List.of(100L, -5L));
      runPendingWork();

      assertThat(report)
          .isCompletedExceptionally()
          .failsWithin(Duration.ZERO)
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(IllegalArgumentException.class)
          .withMessageContaining("-5");
      assertThat(told).isEmpty();
    }

    @Test
    @DisplayName("a zero sale is a sale: [0] counts one sale of 0")
    void zeroIsASale() {
      CompletableFuture<Report> report = service.summarise(List.of(0L));
      runPendingWork();

      assertThat(report).isCompletedWithValue(new Report(1, 0, 0));
    }
  }

  @Nested
  @DisplayName("on a thread pool")
  class OnAPool {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final ReportService service = new ReportService(pool, told::add);

    @AfterEach
    void stopPool() {
      pool.shutdownNow();
    }

    @Test
    @DisplayName("the report arrives within a bound, the listener told once by then")
    void arrivesWithinABound() throws InterruptedException {
      CompletableFuture<Report> report = service.summarise(List.of(250L, 1_000L, 400L));
      Thread.sleep(200); // the pool is done by then

      assertThat(report).isCompletedWithValue(new Report(3, 1_650, 1_000));
      assertThat(told).containsExactly(new Report(3, 1_650, 1_000));
    }
  }
}
