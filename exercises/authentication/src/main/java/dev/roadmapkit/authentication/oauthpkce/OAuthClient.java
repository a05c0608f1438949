package dev.roadmapkit.authentication.oauthpkce;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;

/**
 * Exercise {@code authentication/oauth-pkce}, part 2: a public OAuth 2.0 client using the
 * authorization code flow with PKCE (RFC 6749 section 4.1, RFC 7636).
 *
 * <ol>
 *   <li>{@link #start()} draws a fresh {@code state} and code verifier (32 random bytes each,
 *       base64url) and builds the URL the user is sent to.
 *   <li>The user logs in; the authorization server redirects the browser to the redirect URI with
 *       {@code code} and {@code state} (or {@code error} and {@code state}) in the query.
 *   <li>{@link #finish} checks that {@code state} is the one sent, compared with {@link
 *       java.security.MessageDigest#isEqual}, and only then POSTs the code and the verifier to the
 *       token endpoint as a form, with the {@link HttpClient} given to the constructor.
 * </ol>
 *
 * <p>The callback and the token response are untrusted input: every problem is a {@link
 * TokenResult.Refused} with a {@link TokenResult.Reason}, never an exception.
 */
public final class OAuthClient {

  /**
   * Creates a client.
   *
   * @param authorizationEndpoint where the user is sent to log in
   * @param tokenEndpoint where codes are exchanged for tokens
   * @param clientId this client's id at the authorization server
   * @param redirectUri where the authorization server sends the user back
   * @param random the source of state values and code verifiers
   * @param http the HTTP client for the token request
   */
  public OAuthClient(
      URI authorizationEndpoint,
      URI tokenEndpoint,
      String clientId,
      URI redirectUri,
      SecureRandom random,
      HttpClient http) {
    throw new UnsupportedOperationException("TODO authentication/oauth-pkce: keep the parts");
  }

  /**
   * Starts a flow: a fresh state and verifier, and the authorization URL with {@code
   * response_type=code}, {@code client_id}, {@code redirect_uri}, {@code state}, {@code
   * code_challenge} and {@code code_challenge_method=S256}.
   */
  public AuthorizationRequest start() {
    throw new UnsupportedOperationException(
        "TODO authentication/oauth-pkce: endpoint + \"?\" + URL-encoded query; keep state and"
            + " verifier in the AuthorizationRequest");
  }

  /**
   * Finishes a flow from the URL the user was sent back to: checks the state, then exchanges the
   * code for tokens with a form POST to the token endpoint ({@code grant_type=authorization_code},
   * {@code code}, {@code redirect_uri}, {@code client_id}, {@code code_verifier}). Never throws on
   * bad input or a failing server: every problem is a {@link TokenResult.Refused}.
   */
  public TokenResult finish(AuthorizationRequest request, URI callback) {
    throw new UnsupportedOperationException(
        "TODO authentication/oauth-pkce: state (MessageDigest.isEqual), error, code, then the token"
            + " request; map each problem to a Reason");
  }
}
