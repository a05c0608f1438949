package dev.roadmapkit.testing.testdoubles;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Hands out an access token for calls to a remote API, requesting a new one from the authorization
 * server only when needed. This class is correct: the exercise is to write the tests that prove it,
 * in {@code src/test/java/dev/roadmapkit/testing/testdoubles/TokenProviderTest.java}, with test
 * doubles for its two dependencies, both given to the constructor: the {@link TokenEndpoint} (the
 * network) and a {@link Clock} (the time). Your tests are graded against this class, where every
 * one must pass, and against buggy copies of it, each of which some test must catch.
 *
 * <p>The rules of {@link #token()}:
 *
 * <ol>
 *   <li>The first call requests a token from the endpoint, with the client id and the scope given
 *       to the constructor, in that order.
 *   <li>The token is cached: later calls return it without calling the endpoint, as long as the
 *       clock reads earlier than {@value #REFRESH_MARGIN_SECONDS} seconds before the token's {@link
 *       AccessToken#expiresAt()}.
 *   <li>From {@value #REFRESH_MARGIN_SECONDS} seconds before it expires on (that instant included),
 *       the next call requests a new token, caches it and returns it. Each refresh is exactly one
 *       request.
 *   <li>If the request fails with an {@link IOException}, the cached token is returned if it has not
 *       expired yet (the clock reads earlier than its {@code expiresAt}); otherwise (no token yet,
 *       or the cached one has expired) the call throws a {@link TokenUnavailableException} whose
 *       cause is the endpoint's exception. A failure is not remembered: the next call requests
 *       again.
 *   <li>Time is what the given clock reads, never the computer's clock.
 * </ol>
 *
 * <p>Not thread-safe: one provider serves one thread.
 */
public final class TokenProvider {

  /** How long before a token expires it is replaced. */
  public static final long REFRESH_MARGIN_SECONDS = 30;

  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(REFRESH_MARGIN_SECONDS);

  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final String clientId;
  private final String scope;
  private AccessToken cached;

  /**
   * A provider with no token yet.
   *
   * @param endpoint where tokens come from
   * @param clock what time it is
   * @param clientId the client to request tokens for
   * @param scope the scope to request
   */
  public TokenProvider(TokenEndpoint endpoint, Clock clock, String clientId, String scope) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /**
   * The current token's value.
   *
   * @return a token's value that is valid now
   * @throws TokenUnavailableException if a new token is needed, the endpoint fails, and the cached
   *     one (if any) has expired
   */
  public String token() {
    Instant now = clock.instant();
    if (cached != null && now.isAfter(cached.expiresAt().minus(REFRESH_MARGIN))) {
      return cached.value();
    }
    try {
      cached = endpoint.requestToken(clientId, scope);
      return cached.value();
    } catch (IOException e) {
      if (cached != null && now.isBefore(cached.expiresAt())) {
        return cached.value();
      }
      throw new TokenUnavailableException(
          "no token for " + clientId + ": the server failed and no unexpired token is cached", e);
    }
  }
}
