package dev.roadmapkit.testing.flakytests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.support.clock.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reference tests of SessionStore. The idea: time is an input like any other, so the store gets
 * a clock that stands still until the test moves it, and every expected instant is worked out from
 * that clock. Then the boundary (one nanosecond before the expiry, the expiry itself) can be tested
 * exactly, which no amount of sleeping can do. The trade-off: these tests say nothing about the
 * system clock, which is the JDK's to get right.
 */
class SessionStoreTest {

  private static final Instant NOON = Instant.now();
  private static final Duration TTL = Duration.ofMinutes(30);

  private final TestClock clock = TestClock.at(NOON);
  private final SessionStore store = new SessionStore(clock, TTL);

  @Test
  @DisplayName("each session gets its own token and remembers its user")
  void tokensAndUsers() {
    Session ada = store.open("ada");
    Session alan = store.open("alan");

    assertThat(ada).isEqualTo(new Session("s1", "ada", NOON.plus(TTL)));
    assertThat(alan).isEqualTo(new Session("s2", "alan", NOON.plus(TTL)));
    assertThat(store.find("s2")).contains(alan);
    assertThat(store.find("s3")).as("an unknown token").isEmpty();
  }

  @Nested
  @DisplayName("a session")
  class Expiry {

    @Test
    @DisplayName("is found until one nanosecond before its time to live has passed")
    void foundJustBeforeExpiry() {
      Session session = store.open("ada");
      clock.advance(TTL.minusNanos(1));

      assertThat(store.find(session.token())).contains(session);
    }

    @Test
    @DisplayName("is gone at exactly its expiry, and after it")
    void goneAtExpiry() {
      Session session = store.open("ada");
      clock.advance(TTL);
      assertThat(store.find(session.token())).as("at 12:30:00 exactly").isEmpty();

      clock.advance(Duration.ofHours(1));
      assertThat(store.find(session.token())).as("an hour later").isEmpty();
    }

    @Test
    @DisplayName("lives its time to live from when it was opened, not from when the store was made")
    void timeToLiveFromOpening() {
      clock.advance(Duration.ofHours(2));
      Session session = store.open("ada");
      assertThat(session.expiresAt()).isEqualTo(NOON.plus(Duration.ofHours(2)).plus(TTL));

      clock.advance(Duration.ofMinutes(29));
      assertThat(store.find(session.token())).contains(session);
    }
  }

  @Nested
  @DisplayName("a refresh")
  class Refresh {

    @Test
    @DisplayName(
        "gives a valid session the time to live from now: opened 12:00, refreshed 12:20,"
            + " it expires 12:50")
    void fromNow() {
      Session session = store.open("ada");
      clock.advance(Duration.ofMinutes(20));

      Session refreshed = store.refresh(session.token()).orElseThrow();

      Instant expiry = Instant.parse("2026-03-01T12:50:00Z");
      assertThat(refreshed).isEqualTo(new Session("s1", "ada", expiry));
      clock.set(expiry.minusNanos(1));
      assertThat(store.find("s1")).contains(refreshed);
      clock.set(expiry);
      assertThat(store.find("s1")).isEmpty();
    }

    @Test
    @DisplayName("cannot bring back an expired session, which stays gone")
    void notOfAnExpiredSession() {
      Session session = store.open("ada");
      clock.advance(TTL);

      assertThat(store.refresh(session.token())).isEmpty();
      assertThat(store.find(session.token())).isEmpty();
    }

    @Test
    @DisplayName("of an unknown token is empty")
    void unknownToken() {
      assertThat(store.refresh("s9")).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "the expiry is shown on the user's wall clock: 13:30 UTC is 14:30 in Paris in winter")
  void expiryInLocalTime() {
    clock.set(Instant.parse("2026-03-01T13:00:00Z"));
    Session session = store.open("ada");

    assertThat(session.expiresAtIn(ZoneId.of("Europe/Paris")))
        .isEqualTo(LocalDateTime.parse("2026-03-01T14:30:00"));
    assertThat(session.expiresAtIn(ZoneOffset.UTC))
        .isEqualTo(LocalDateTime.parse("2026-03-01T13:30:00"));
  }

  @Test
  @DisplayName("a time to live of zero or less is refused")
  void positiveTimeToLive() {
    assertThatThrownBy(() -> new SessionStore(clock, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> new SessionStore(clock, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
