package dev.roadmapkit.testing.flakytests;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A user's login session.
 *
 * @param token what the user's browser presents: {@code "s1"}, {@code "s2"}, ... in the order the
 *     store opened them
 * @param user who logged in
 * @param expiresAt the first instant at which the session is no longer valid
 */
public record Session(String token, String user, Instant expiresAt) {

  /**
   * When the session expires on the user's wall clock, as the page shows it ("your session ends at
   * 14:30"): {@link #expiresAt()} in {@code zone}. An expiry at {@code 2026-03-01T13:30:00Z} is
   * {@code 2026-03-01T14:30} in {@code Europe/Paris} (UTC+1 in winter).
   *
   * @param zone the user's time zone
   * @return the local date and time of the expiry
   */
  public LocalDateTime expiresAtIn(ZoneId zone) {
    return LocalDateTime.ofInstant(expiresAt.plusSeconds(zone.getRules().getOffset(expiresAt).getTotalSeconds()), zone);
  }
}
