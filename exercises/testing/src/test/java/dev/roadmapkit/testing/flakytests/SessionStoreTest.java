package dev.roadmapkit.testing.flakytests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link SessionStore}: the exercise. They check the right things on the system clock, so
 * they wait for real time to pass and compute what they expect from the wall clock: slow, and flaky
 * when the machine pauses between two lines (a garbage collection, a busy CI agent, a laptop lid
 * closed). FlakyTestsGradingTest runs them ten times, each on a machine busy in its own way.
 */
class SessionStoreTest {

  // TODO testing/flaky-tests: make these tests deterministic and keep what they check. No sleeps
  // and
  // no wall clock: give the store a clock you control (TestClock.at(...) from the kit, or
  // Clock.fixed(...)), move it with advance(...), and work out the expected times from it.

  @Test
  @DisplayName("a new session is found")
  void newSessionFound() {
    SessionStore store = new SessionStore(Duration.ofMinutes(30));
    Session session = store.open("ada");
    assertThat(store.find(session.token())).contains(session);
  }

  @Test
  @DisplayName("a session is gone once its time to live has passed")
  void expiresAfterTimeToLive() throws InterruptedException {
    SessionStore store = new SessionStore(Duration.ofMillis(100));
    Session session = store.open("ada");
    Thread.sleep(100); // at (or a little after) the expiry
    assertThat(store.find(session.token())).isEmpty();
  }

  @Test
  @DisplayName("the time to live counts from when the session was opened")
  void timeToLiveFromOpening() throws InterruptedException {
    SessionStore store = new SessionStore(Duration.ofMillis(300));
    Thread.sleep(200);
    Session session = store.open("ada");
    Thread.sleep(200);
    assertThat(store.find(session.token())).isPresent();
  }

  @Test
  @DisplayName("a refresh gives the session the time to live from now")
  void refreshFromNow() throws InterruptedException {
    SessionStore store = new SessionStore(Duration.ofMillis(300));
    Session session = store.open("ada");
    Thread.sleep(200);
    Session refreshed = store.refresh(session.token()).orElseThrow();
    assertThat(refreshed.expiresAt())
        .isCloseTo(Instant.now().plusMillis(300), within(50, ChronoUnit.MILLIS));
  }

  @Test
  @DisplayName("an expired session cannot be refreshed")
  void expiredNotRefreshed() throws InterruptedException {
    SessionStore store = new SessionStore(Duration.ofMillis(100));
    Session session = store.open("ada");
    Thread.sleep(150);
    assertThat(store.refresh(session.token())).isEmpty();
  }

  @Test
  @DisplayName("the expiry is shown on the user's wall clock")
  void expiryInLocalTime() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    SessionStore store = new SessionStore(Duration.ofMinutes(30));
    Session session = store.open("ada");
    Instant expected =
        Instant.ofEpochMilli(System.currentTimeMillis()).plus(Duration.ofMinutes(30));
    assertThat(session.expiresAtIn(paris))
        .isCloseTo(LocalDateTime.ofInstant(expected, paris), within(1, ChronoUnit.SECONDS));
  }
}
