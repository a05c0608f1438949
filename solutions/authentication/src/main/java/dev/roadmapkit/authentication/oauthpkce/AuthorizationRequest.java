package dev.roadmapkit.authentication.oauthpkce;

import java.net.URI;
import java.util.Objects;

/**
 * An authorization request in progress: where to send the user, and the two secrets the client must
 * keep until the user comes back.
 *
 * @param url the authorization endpoint with the request's query parameters
 * @param state the value the callback must echo
 * @param codeVerifier the PKCE verifier whose challenge is in {@code url}
 */
public record AuthorizationRequest(URI url, String state, String codeVerifier) {

  /** Checks the parts. */
  public AuthorizationRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(codeVerifier, "codeVerifier");
  }

  @Override
  public String toString() {
    return "AuthorizationRequest[url=" + url + ", state=***, codeVerifier=***]";
  }
}
