package dev.roadmapkit.authentication.oauthpkce;

// Key idea: two one-time secrets protect the flow. state (random, compared in constant time when
// the browser comes back) ties the callback to the request this client started, which stops
// login CSRF; the PKCE verifier ties the code to this client, so a stolen code is useless. The
// callback is untrusted input: parse it defensively and turn every surprise into a typed refusal.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exercise {@code authentication/oauth-pkce}: a public OAuth 2.0 client using the authorization
 * code flow with PKCE.
 */
public final class OAuthClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI authorizationEndpoint;
  private final URI tokenEndpoint;
  private final String clientId;
  private final URI redirectUri;
  private final SecureRandom random;
  private final HttpClient http;

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
    this.authorizationEndpoint = authorizationEndpoint;
    this.tokenEndpoint = tokenEndpoint;
    this.clientId = clientId;
    this.redirectUri = redirectUri;
    this.random = random;
    this.http = http;
  }

  /**
   * Starts a flow: a fresh state and verifier, and the authorization URL with {@code
   * response_type=code}, {@code client_id}, {@code redirect_uri}, {@code state}, {@code
   * code_challenge} and {@code code_challenge_method=S256}.
   */
  public AuthorizationRequest start() {
    String state = Pkce.randomText(random);
    String verifier = Pkce.newVerifier(random);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri.toString());
    query.put("state", state);
    query.put("code_challenge", Pkce.challenge(verifier));
    query.put("code_challenge_method", "S256");
    return new AuthorizationRequest(
        URI.create(authorizationEndpoint + "?" + form(query)), state, verifier);
  }

  /**
   * Finishes a flow from the URL the user was sent back to: checks the state, then exchanges the
   * code for tokens with a form POST to the token endpoint ({@code grant_type=authorization_code},
   * {@code code}, {@code redirect_uri}, {@code client_id}, {@code code_verifier}). Never throws on
   * bad input or a failing server: every problem is a {@link TokenResult.Refused}.
   */
  public TokenResult finish(AuthorizationRequest request, URI callback) {
    Map<String, String> params = parseQuery(callback.getRawQuery());
    String state = params.get("state");
    if (state == null) {
      return new TokenResult.Refused(
          TokenResult.Reason.STATE_MISMATCH, "the callback's state is not the one sent");
    }
    if (params.containsKey("error")) {
      return new TokenResult.Refused(TokenResult.Reason.AUTHORIZATION_ERROR, params.get("error"));
    }
    String code = params.get("code");
    if (code == null || code.isEmpty()) {
      return new TokenResult.Refused(
          TokenResult.Reason.MALFORMED_CALLBACK, "the callback has no code");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri.toString());
    form.put("client_id", clientId);
    form.put("code_verifier", request.codeVerifier());
    return exchange(form);
  }

  private TokenResult exchange(Map<String, String> form) {
    HttpRequest post =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form(form)))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(post, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return new TokenResult.Refused(TokenResult.Reason.UNREACHABLE, String.valueOf(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TokenResult.Refused(TokenResult.Reason.UNREACHABLE, "interrupted");
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      body = JSON.missingNode();
    }
    if (response.statusCode() != 200) {
      return new TokenResult.Refused(
          TokenResult.Reason.TOKEN_ERROR,
          body.path("error").asText("HTTP " + response.statusCode()));
    }
    JsonNode accessToken = body.path("access_token");
    if (!accessToken.isTextual()) {
      return new TokenResult.Refused(
          TokenResult.Reason.MALFORMED_TOKEN_RESPONSE, "no access_token in the response");
    }
    return new TokenResult.Tokens(
        accessToken.asText(),
        body.path("token_type").asText("Bearer"),
        body.path("expires_in").asLong(0));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        // The first occurrence wins: a second "state" appended to the URL cannot override it.
        params.putIfAbsent(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }
}
