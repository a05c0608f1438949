package dev.roadmapkit.testing.flakytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Waits on the future instead of sleeping, but allows the pool only 10 ms. */
class ReportServiceTest {

  private static final Duration QUICK = Duration.ofMillis(10);

  private final List<Report> told = new CopyOnWriteArrayList<>();
  private final ReportService service = new ReportService(ForkJoinPool.commonPool(), told::add);

  @Test
  @DisplayName("a day's sales are counted, added up, and the largest is named")
  void summarisesTheSales() {
    assertThat(service.summarise(List.of(250L, 1_000L, 400L)))
        .succeedsWithin(QUICK)
        .isEqualTo(new Report(3, 1_650, 1_000));
  }

  @Test
  @DisplayName("a day without sales reports zeros")
  void emptyDay() {
    assertThat(service.summarise(List.of())).succeedsWithin(QUICK).isEqualTo(new Report(0, 0, 0));
  }

  @Test
  @DisplayName("the listener is told about a finished report once")
  void listenerToldOnce() {
    assertThat(service.summarise(List.of(700L))).succeedsWithin(QUICK);
    assertThat(told).containsExactly(new Report(1, 700, 700));
  }

  @Test
  @DisplayName("a negative sale fails the report, naming the amount")
  void negativeSaleFails() {
    CompletableFuture<Report> report = service.summarise(List.of(100L, -5L));
    assertThat(report)
        .failsWithin(QUICK)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IllegalArgumentException.class)
        .withMessageContaining("-5");
  }
}
