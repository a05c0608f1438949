package dev.roadmapkit.testing.flakytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** No sleeps: every check runs when the report is ready. On the pool's thread, after the test. */
class ReportServiceTest {

  private final List<Report> told = new CopyOnWriteArrayList<>();
  private final ReportService service = new ReportService(ForkJoinPool.commonPool(), told::add);

  @Test
  @DisplayName("a day's sales are counted, added up, and the largest is named")
  void summarisesTheSales() {
    service
        .summarise(List.of(250L, 1_000L, 400L))
        .thenAccept(report -> assertThat(report).isEqualTo(new Report(3, 1_650, 1_000)));
  }

  @Test
  @DisplayName("a day without sales reports zeros")
  void emptyDay() {
    service
        .summarise(List.of())
        .thenAccept(report -> assertThat(report).isEqualTo(new Report(0, 0, 0)));
  }

  @Test
  @DisplayName("the listener is told about a finished report once")
  void listenerToldOnce() {
    service
        .summarise(List.of(700L))
        .thenRun(() -> assertThat(told).containsExactly(new Report(1, 700, 700)));
  }

  @Test
  @DisplayName("a negative sale fails the report")
  void negativeSaleFails() {
    service
        .summarise(List.of(100L, -5L))
        .whenComplete(
            (report, failure) ->
                assertThat(failure).hasCauseInstanceOf(IllegalArgumentException.class));
  }
}
