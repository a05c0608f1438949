package dev.roadmapkit.testing.testdoubles;

import java.io.IOException;

/**
 * The authorization server's token endpoint, as {@link TokenProvider} sees it: in production an
 * HTTP call (an OAuth 2.0 client-credentials grant), in a test a stub, a fake or a mock.
 */
public interface TokenEndpoint {

  /**
   * Asks the server for a new token.
   *
   * @param clientId the client the token is for
   * @param scope what the token may be used for
   * @return a fresh token
   * @throws IOException if the server cannot be reached or refuses
   */
  AccessToken requestToken(String clientId, String scope) throws IOException;
}
