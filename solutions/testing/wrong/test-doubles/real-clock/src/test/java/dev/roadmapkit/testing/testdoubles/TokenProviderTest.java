package dev.roadmapkit.testing.testdoubles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenProviderTest {

  private final TokenEndpoint endpoint = mock(TokenEndpoint.class);
  private final TokenProvider provider =
      new TokenProvider(endpoint, Clock.systemUTC(), "billing-service", "invoices:write");

  @Test
  @DisplayName("the first call returns the server's token")
  void firstCall() throws IOException {
    when(endpoint.requestToken(anyString(), anyString()))
        .thenReturn(new AccessToken("abc", Instant.now().plus(Duration.ofHours(1))));

    assertThat(provider.token()).isEqualTo("abc");
    verify(endpoint).requestToken("billing-service", "invoices:write");
  }

  @Test
  @DisplayName("the token is cached")
  void cached() throws IOException {
    when(endpoint.requestToken(anyString(), anyString()))
        .thenReturn(new AccessToken("abc", Instant.now().plus(Duration.ofHours(1))));

    provider.token();
    assertThat(provider.token()).isEqualTo("abc");
    verify(endpoint, times(1)).requestToken("billing-service", "invoices:write");
  }
}
