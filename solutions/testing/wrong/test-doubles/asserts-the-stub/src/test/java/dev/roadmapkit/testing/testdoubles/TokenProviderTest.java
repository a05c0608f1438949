package dev.roadmapkit.testing.testdoubles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.roadmapkit.support.clock.TestClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenProviderTest {

  private final TestClock clock = TestClock.at(Instant.parse("2030-01-01T00:00:00Z"));

  @Test
  @DisplayName("the token comes from the server")
  void tokenFromServer() throws IOException {
    TokenEndpoint endpoint = mock(TokenEndpoint.class);
    when(endpoint.requestToken(anyString(), anyString()))
        .thenReturn(new AccessToken("abc", clock.instant().plus(Duration.ofHours(1))));
    TokenProvider provider =
        new TokenProvider(endpoint, clock, "billing-service", "invoices:write");

    provider.token();
    clock.advance(Duration.ofHours(2));
    provider.token();

    assertThat(endpoint.requestToken("billing-service", "invoices:write").value()).isEqualTo("abc");
  }
}
