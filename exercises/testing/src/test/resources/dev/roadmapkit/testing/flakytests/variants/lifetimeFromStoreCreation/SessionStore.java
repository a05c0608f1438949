package dev.roadmapkit.testing.flakytests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps login sessions that expire a fixed time after they were opened or last refreshed, by the
 * time its {@link Clock} tells.
 *
 * <p>The rules, each of which a test can check:
 *
 * <ul>
 *   <li>{@link #open(String)} opens a session that expires the time to live after now (the clock's
 *       now when it is opened).
 *   <li>{@link #find(String)} finds a session strictly before its expiry; from its expiry instant on
 *       (at exactly {@code expiresAt} too) it is gone. An unknown token finds nothing.
 *   <li>{@link #refresh(String)} gives a valid session a new expiry, the time to live after now, and
 *       returns it; an expired or unknown session cannot be refreshed and stays gone.
 * </ul>
 *
 * <p>Not thread-safe: one request's thread at a time.
 */
public final class SessionStore {

  private final Clock clock;
  private final Duration timeToLive;
  private final Map<String, Session> sessions = new HashMap<>();
  private int opened;
  private final Instant createdAt;

  /**
   * A store on the system clock: what production uses.
   *
   * @param timeToLive how long a session lasts, positive
   */
  public SessionStore(Duration timeToLive) {
    this(Machine.clock, timeToLive);
  }

  /**
   * A store on {@code clock}.
   *
   * @param clock where the store reads the time, every time it needs it
   * @param timeToLive how long a session lasts, positive
   * @throws IllegalArgumentException if {@code timeToLive} is zero or negative
   */
  public SessionStore(Clock clock, Duration timeToLive) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (timeToLive.isZero() || timeToLive.isNegative()) {
      throw new IllegalArgumentException("timeToLive must be positive, was " + timeToLive);
    }
    this.timeToLive = timeToLive;
    this.createdAt = clock.instant();
  }

  /**
   * Opens a session for {@code user}.
   *
   * @param user who logged in
   * @return the session, valid for the time to live from now
   */
  public Session open(String user) {
    opened++;
    Session session = new Session("s" + opened, user, createdAt.plus(timeToLive));
    sessions.put(session.token(), session);
    return session;
  }

  /**
   * The session of {@code token}, if it is still valid.
   *
   * @param token the session's token
   * @return the session, or empty if it has expired or never existed
   */
  public Optional<Session> find(String token) {
    Session session = sessions.get(token);
    if (session == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(session.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /**
   * Extends a valid session: it expires the time to live after now.
   *
   * @param token the session's token
   * @return the session with its new expiry, or empty if it had expired or never existed
   */
  public Optional<Session> refresh(String token) {
    Optional<Session> valid = find(token);
    if (valid.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session renewed = new Session(token, valid.get().user(), now.plus(timeToLive));
    sessions.put(token, renewed);
    return Optional.of(renewed);
  }
}
