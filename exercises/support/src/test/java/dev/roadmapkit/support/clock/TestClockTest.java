package dev.roadmapkit.support.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TestClockTest {

  @Test
  @DisplayName("stands still until it is moved")
  void standsStill() {
    TestClock clock = TestClock.at("2026-01-01T00:00:00Z");
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(clock.instant());
    assertThat(clock.millis()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  @DisplayName("advance moves it forward and set moves it anywhere")
  void advanceAndSet() {
    TestClock clock = TestClock.at(Instant.EPOCH);
    clock.advance(Duration.ofSeconds(90)).advance(Duration.ofMillis(5));
    assertThat(clock.instant()).isEqualTo(Instant.EPOCH.plusMillis(90_005));
    clock.set(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
  }

  @Test
  @DisplayName("refuses to go backwards by accident")
  void noNegativeAdvance() {
    TestClock clock = TestClock.at(Instant.EPOCH);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .withMessageContaining("PT-1S")
        .withMessageContaining("set(Instant)");
    assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
  }

  @Test
  @DisplayName("a zoned view moves with the original")
  void zonedViewSharesTime() {
    TestClock clock = TestClock.at(Instant.EPOCH);
    var paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofHours(1));
    assertThat(paris.instant()).isEqualTo(Instant.EPOCH.plusSeconds(3600));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
  }

  @Test
  @DisplayName("moves made on other threads are all counted")
  void threadSafe() throws InterruptedException {
    TestClock clock = TestClock.at(Instant.EPOCH);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch done = new CountDownLatch(1000);
    for (int i = 0; i < 1000; i++) {
      pool.execute(
          () -> {
            clock.advance(Duration.ofMillis(1));
            done.countDown();
          });
    }
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    pool.shutdown();
    assertThat(clock.instant()).isEqualTo(Instant.EPOCH.plusMillis(1000));
  }
}
