package dev.roadmapkit.testing.flakytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deterministic at last: the clock is fixed. It is also never moved. */
class SessionStoreTest {

  private static final Instant ONE_PM = Instant.parse("2026-03-01T13:00:00Z");

  private final SessionStore store =
      new SessionStore(Clock.fixed(ONE_PM, ZoneOffset.UTC), Duration.ofMinutes(30));

  @Test
  @DisplayName("a new session is found")
  void newSessionFound() {
    Session session = store.open("ada");
    assertThat(store.find(session.token())).contains(session);
  }

  @Test
  @DisplayName("a session expires its time to live after it was opened")
  void expiresAfterTimeToLive() {
    Session session = store.open("ada");
    assertThat(session.expiresAt()).isEqualTo(ONE_PM.plus(Duration.ofMinutes(30)));
  }

  @Test
  @DisplayName("a valid session can be refreshed")
  void refresh() {
    Session session = store.open("ada");
    assertThat(store.refresh(session.token())).isPresent();
  }

  @Test
  @DisplayName("the expiry is shown on the user's wall clock")
  void expiryInLocalTime() {
    Session session = store.open("ada");
    assertThat(session.expiresAtIn(ZoneId.of("Europe/Paris")))
        .isEqualTo(LocalDateTime.parse("2026-03-01T14:30:00"));
  }
}
