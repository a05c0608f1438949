package dev.roadmapkit.testing.testdoubles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dev.roadmapkit.support.clock.TestClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reference tests of TokenProvider. The idea: each double does one job. A {@link TestClock} (a
 * fake) stands still until a test moves it, so the refresh boundary is hit to the second and no
 * test waits; it is set in 2030, far from the computer's clock, so code that reads that clock
 * instead goes wrong visibly. A fake server issues numbered tokens and fails when told, for the
 * tests of what the provider returns; a lambda stubs a single failure; a Mockito mock is used where
 * the lesson is the interaction itself: which request was sent, and how many. The trade-off: three
 * kinds of double to read, each the simplest for its test.
 */
class TokenProviderTest {

  private static final String CLIENT = "billing-service";
  private static final String SCOPE = "invoices:write";
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final Duration LIFETIME = Duration.ofHours(1);

  private final TestClock clock = TestClock.at(START);

  /** Issues token-1, token-2, ..., each valid for an hour from the clock; fails when told to. */
  private final class FakeServer implements TokenEndpoint {
    private int issued;
    private IOException failure;

    @Override
    public AccessToken requestToken(String clientId, String scope) throws IOException {
      if (failure != null) {
        throw failure;
      }
      issued++;
      return new AccessToken("token-" + issued, clock.instant().plus(LIFETIME));
    }

    void failWith(IOException e) {
      failure = e;
    }

    void recover() {
      failure = null;
    }
  }

  private final FakeServer server = new FakeServer();
  private final TokenProvider provider = new TokenProvider(server, clock, CLIENT, SCOPE);

  /** The instant token-1 expires at (it is issued at START). */
  private static final Instant FIRST_EXPIRY = START.plus(LIFETIME);

  @Nested
  @DisplayName("requests to the server")
  class Requests {

    private final TokenEndpoint endpoint = mock(TokenEndpoint.class);
    private final TokenProvider mocked = new TokenProvider(endpoint, clock, CLIENT, SCOPE);

    @Test
    @DisplayName(
        "the first call requests one token with the client id and the scope, and returns it")
    void firstCall() throws IOException {
      when(endpoint.requestToken(anyString(), anyString()))
          .thenReturn(new AccessToken("abc", FIRST_EXPIRY));

      assertThat(mocked.token()).isEqualTo("abc");
      verify(endpoint).requestToken(CLIENT, SCOPE);
      verifyNoMoreInteractions(endpoint);
    }

    @Test
    @DisplayName("calls while the token is fresh send no request")
    void cachedCallsSendNothing() throws IOException {
      when(endpoint.requestToken(anyString(), anyString()))
          .thenReturn(new AccessToken("abc", FIRST_EXPIRY));

      mocked.token();
      clock.advance(Duration.ofMinutes(10));
      mocked.token();
      clock.advance(Duration.ofMinutes(49));
      assertThat(mocked.token()).isEqualTo("abc");

      verify(endpoint, times(1)).requestToken(CLIENT, SCOPE);
    }

    @Test
    @DisplayName("a refresh is exactly one more request, with the same arguments")
    void oneRequestPerRefresh() throws IOException {
      when(endpoint.requestToken(anyString(), anyString()))
          .thenReturn(new AccessToken("abc", FIRST_EXPIRY))
          .thenReturn(new AccessToken("def", FIRST_EXPIRY.plus(LIFETIME)));

      mocked.token();
      clock.set(FIRST_EXPIRY.plusSeconds(600));
      assertThat(mocked.token()).isEqualTo("def");

      verify(endpoint, times(2)).requestToken(CLIENT, SCOPE);
      verifyNoMoreInteractions(endpoint);
    }
  }

  @Nested
  @DisplayName("the cached token")
  class Caching {

    @Test
    @DisplayName("is returned until 31 seconds before it expires")
    void keptUntilTheMargin() {
      assertThat(provider.token()).isEqualTo("token-1");
      clock.set(FIRST_EXPIRY.minusSeconds(31));
      assertThat(provider.token()).isEqualTo("token-1");
    }

    @Test
    @DisplayName("is replaced after it expires, and the new one is cached")
    void replacedAtTheMargin() {
      provider.token();
      clock.set(FIRST_EXPIRY.plusSeconds(600));
      assertThat(provider.token()).as("10 minutes after expiry").isEqualTo("token-2");
      clock.advance(Duration.ofMinutes(5));
      assertThat(provider.token()).as("5 minutes later").isEqualTo("token-2");
    }

    @Test
    @DisplayName("is replaced long after it expired")
    void replacedAfterExpiry() {
      provider.token();
      clock.advance(Duration.ofDays(3));
      assertThat(provider.token()).isEqualTo("token-2");
    }
  }

  @Nested
  @DisplayName("when the server fails")
  class Failures {

    private final IOException down = new IOException("connection refused");

    @Test
    @DisplayName(
        "with no token yet, the call throws TokenUnavailableException caused by the failure")
    void noTokenYet() {
      TokenProvider failing =
          new TokenProvider(
              (clientId, scope) -> {
                throw down;
              },
              clock,
              CLIENT,
              SCOPE);

      assertThatThrownBy(failing::token)
          .isInstanceOf(TokenUnavailableException.class)
          .hasCause(down);
    }

    @Test
    @DisplayName("the cached token is still returned while it has not expired (1 second left)")
    void unexpiredTokenServes() {
      provider.token();
      server.failWith(down);
      clock.set(FIRST_EXPIRY.minusSeconds(1));
      assertThat(provider.token()).isEqualTo("token-1");
    }

    @Test
    @DisplayName("an expired token is never returned: at its expiry the call throws")
    void expiredTokenDoesNot() {
      provider.token();
      server.failWith(down);
      clock.set(FIRST_EXPIRY);
      assertThatThrownBy(provider::token)
          .isInstanceOf(TokenUnavailableException.class)
          .hasCause(down);
    }

    @Test
    @DisplayName("the failure is not remembered: the next call requests again")
    void retriedOnTheNextCall() {
      server.failWith(down);
      assertThatThrownBy(provider::token).isInstanceOf(TokenUnavailableException.class);
      server.recover();
      assertThat(provider.token()).isEqualTo("token-1");
    }
  }
}
