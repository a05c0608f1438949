package dev.roadmapkit.testing.testdoubles;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenProviderTest {

  @Test
  @DisplayName("the provider hands out tokens")
  void handsOutTokens() throws IOException {
    TokenEndpoint endpoint = mock(TokenEndpoint.class);
    Clock clock = mock(Clock.class);
    Instant now = Instant.parse("2030-01-01T00:00:00Z");
    when(clock.instant()).thenReturn(now, now.plusSeconds(3_600));
    when(endpoint.requestToken(anyString(), anyString()))
        .thenReturn(new AccessToken("abc", now.plusSeconds(3_600)));
    TokenProvider provider =
        new TokenProvider(endpoint, clock, "billing-service", "invoices:write");

    provider.token();
    provider.token();
  }
}
