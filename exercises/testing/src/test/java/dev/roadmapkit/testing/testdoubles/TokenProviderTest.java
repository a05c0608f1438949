package dev.roadmapkit.testing.testdoubles;

import dev.roadmapkit.support.clock.TestClock;
import java.time.Instant;

/**
 * Your tests of {@link TokenProvider}: the exercise. It depends on the time and the network, both
 * given to its constructor, so give it test doubles: a fake clock you move by hand ({@link
 * TestClock}), a stub {@link TokenEndpoint} (a lambda or a small class) that returns the tokens you
 * choose or fails, and a Mockito mock where what you check is the call itself (made once, never
 * while cached, with the right arguments). They are graded by TestDoublesGradingTest against the
 * correct class and buggy copies of it.
 */
class TokenProviderTest {

  private final TestClock clock = TestClock.at(Instant.parse("2030-01-01T00:00:00Z"));

  // TODO testing/test-doubles: replace this with tests of every rule, then run the grading.
  // For example:
  //
  // @Test
  // @DisplayName("the first call returns the token the server issues")
  // void firstCall() {
  //   TokenEndpoint stub = (clientId, scope) -> new AccessToken("abc", clock.instant().plus(...));
  //   TokenProvider provider = new TokenProvider(stub, clock, "billing-service", "invoices:write");
  //   assertThat(provider.token()).isEqualTo(...);
  // }
}
