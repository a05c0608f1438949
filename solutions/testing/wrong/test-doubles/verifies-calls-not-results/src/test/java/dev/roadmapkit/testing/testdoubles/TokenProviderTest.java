package dev.roadmapkit.testing.testdoubles;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.roadmapkit.support.clock.TestClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenProviderTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private final TestClock clock = TestClock.at(START);
  private final TokenEndpoint endpoint = mock(TokenEndpoint.class);
  private final TokenProvider provider =
      new TokenProvider(endpoint, clock, "billing-service", "invoices:write");

  @Test
  @DisplayName("one request while the token is fresh, one more from 30 seconds before expiry")
  void requests() throws IOException {
    when(endpoint.requestToken(anyString(), anyString()))
        .thenReturn(new AccessToken("abc", START.plus(Duration.ofHours(1))))
        .thenReturn(new AccessToken("def", START.plus(Duration.ofHours(2))));

    provider.token();
    clock.set(START.plus(Duration.ofHours(1)).minusSeconds(31));
    provider.token();
    verify(endpoint, times(1)).requestToken("billing-service", "invoices:write");

    clock.advance(Duration.ofSeconds(1));
    provider.token();
    verify(endpoint, times(2)).requestToken("billing-service", "invoices:write");
  }

  @Test
  @DisplayName("a failing server is asked again on the next call")
  void failure() throws IOException {
    when(endpoint.requestToken(anyString(), anyString()))
        .thenReturn(new AccessToken("abc", START.plus(Duration.ofHours(1))))
        .thenThrow(new IOException("down"));

    provider.token();
    clock.advance(Duration.ofHours(2));
    try {
      provider.token();
    } catch (TokenUnavailableException expected) {
      // the server is down
    }
    verify(endpoint, times(2)).requestToken("billing-service", "invoices:write");
  }
}
