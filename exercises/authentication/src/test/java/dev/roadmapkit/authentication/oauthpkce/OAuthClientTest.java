package dev.roadmapkit.authentication.oauthpkce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.roadmapkit.authentication.oauthpkce.LocalAuthorizationServer.CLIENT_ID;
import static dev.roadmapkit.authentication.oauthpkce.LocalAuthorizationServer.REDIRECT_URI;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.roadmapkit.authentication.oauthpkce.TokenResult.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("authentication/oauth-pkce: OAuthClient against a local authorization server")
class OAuthClientTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final HttpClient BROWSER =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private final LocalAuthorizationServer server = new LocalAuthorizationServer();
  private final OAuthClient client = client(server.tokenEndpoint());

  OAuthClientTest() throws IOException {}

  private OAuthClient client(URI tokenEndpoint) {
    return new OAuthClient(
        server.authorizationEndpoint(),
        tokenEndpoint,
        CLIENT_ID,
        REDIRECT_URI,
        new SecureRandom(),
        HTTP);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** What a browser does: follow the authorization URL and return where it is redirected. */
  private static URI userConsents(AuthorizationRequest request) throws Exception {
    HttpResponse<Void> response =
        BROWSER.send(
            HttpRequest.newBuilder(request.url()).GET().build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode())
        .as(
            "the authorization server answers a correct authorization request with 302 to the"
                + " redirect URI; 400 means a parameter is missing or wrong in %s",
            request.url())
        .isEqualTo(302);
    return URI.create(response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  @DisplayName(
      "the authorization URL carries the client, the redirect, the state and an S256 challenge")
  void authorizationUrl() {
    AuthorizationRequest request = client.start();

    Map<String, String> query = LocalAuthorizationServer.parse(request.url().getRawQuery());
    assertThat(request.url().toString())
        .as("the URL is the authorization endpoint followed by a query")
        .startsWith(server.authorizationEndpoint() + "?");
    assertThat(query)
        .as(
            "RFC 6749 section 4.1.1 and RFC 7636 section 4.3: response_type=code, client_id,"
                + " redirect_uri, state, code_challenge = S256 of the verifier you keep, and"
                + " code_challenge_method=S256, each URL-encoded")
        .containsEntry("response_type", "code")
        .containsEntry("client_id", CLIENT_ID)
        .containsEntry("redirect_uri", REDIRECT_URI.toString())
        .containsEntry("state", request.state())
        .containsEntry("code_challenge", Pkce.challenge(request.codeVerifier()))
        .containsEntry("code_challenge_method", "S256")
        .doesNotContainKey("code_verifier");
  }

  @Test
  @DisplayName("every flow gets its own unpredictable state and verifier")
  void freshSecretsPerFlow() {
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      AuthorizationRequest request = client.start();
      secrets.add(request.state());
      secrets.add(request.codeVerifier());
    }
    assertThat(secrets)
        .as(
            "50 flows need 50 different states and 50 different verifiers, none equal to another:"
                + " draw each from the SecureRandom")
        .hasSize(100)
        .allSatisfy(s -> assertThat(s).hasSizeGreaterThanOrEqualTo(43));
  }

  @Test
  @DisplayName("the code is exchanged for a token with the verifier")
  void happyPath() throws Exception {
    AuthorizationRequest request = client.start();
    URI callback = userConsents(request);

    TokenResult result = client.finish(request, callback);

    assertThat(result)
        .as("the server issues a Bearer token for 3600 s when state, code and verifier all fit")
        .isEqualTo(new TokenResult.Tokens("at-for-alice-code-1", "Bearer", 3600));
    assertThat(server.tokenRequests)
        .as(
            "one form POST to the token endpoint with grant_type=authorization_code, the code,"
                + " the redirect_uri, the client_id and the code_verifier (RFC 7636 section 4.5)")
        .containsExactly(
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                "code-1",
                "redirect_uri",
                REDIRECT_URI.toString(),
                "client_id",
                CLIENT_ID,
                "code_verifier",
                request.codeVerifier()));
  }

  @Test
  @DisplayName("a callback with another state is refused before the code is spent")
  void stateMismatch() throws Exception {
    AuthorizationRequest request = client.start();
    URI callback = userConsents(request);
    URI forged = URI.create(callback.toString().replace("state=", "state=x"));

    assertThat(client.finish(request, forged))
        .as(
            "a state that differs from the one this request sent means the callback was not"
                + " started by us (login CSRF): refuse with STATE_MISMATCH")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.STATE_MISMATCH));
    assertThat(client.finish(request, URI.create(REDIRECT_URI + "?code=code-1")))
        .as("a callback without state is refused the same way")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.STATE_MISMATCH));
    assertThat(server.tokenRequests)
        .as("with a wrong state the client must not even call the token endpoint")
        .isEmpty();
  }

  @Test
  @DisplayName("a code that was already used is refused by the server, and the client says so")
  void reusedCode() throws Exception {
    AuthorizationRequest request = client.start();
    URI callback = userConsents(request);
    assertThat(client.finish(request, callback))
        .as("the first exchange works")
        .isInstanceOf(TokenResult.Tokens.class);

    assertThat(client.finish(request, callback))
        .as(
            "codes are single-use: the server answers 400 {\"error\":\"invalid_grant\"}, which the"
                + " client returns as Refused(TOKEN_ERROR, \"invalid_grant\")")
        .isEqualTo(new TokenResult.Refused(Reason.TOKEN_ERROR, "invalid_grant"));
  }

  @Test
  @DisplayName("a code redeemed with the wrong verifier is refused")
  void wrongVerifier() throws Exception {
    AuthorizationRequest request = client.start();
    URI callback = userConsents(request);
    AuthorizationRequest attacker =
        new AuthorizationRequest(
            request.url(), request.state(), Pkce.newVerifier(new SecureRandom()));

    assertThat(client.finish(attacker, callback))
        .as(
            "someone who intercepted the code but not the verifier cannot redeem it: the server"
                + " answers invalid_grant, returned as Refused(TOKEN_ERROR, \"invalid_grant\")")
        .isEqualTo(new TokenResult.Refused(Reason.TOKEN_ERROR, "invalid_grant"));
  }

  @Test
  @DisplayName("an error sent to the callback is reported with its code")
  void authorizationError() {
    AuthorizationRequest request = client.start();
    URI callback = URI.create(REDIRECT_URI + "?error=access_denied&state=" + request.state());

    assertThat(client.finish(request, callback))
        .as(
            "RFC 6749 section 4.1.2.1: error=access_denied becomes Refused(AUTHORIZATION_ERROR, \"access_denied\")")
        .isEqualTo(new TokenResult.Refused(Reason.AUTHORIZATION_ERROR, "access_denied"));
  }

  @Test
  @DisplayName("a callback without a usable code is refused as MALFORMED_CALLBACK")
  void malformedCallback() {
    AuthorizationRequest request = client.start();

    assertThat(client.finish(request, URI.create(REDIRECT_URI + "?state=" + request.state())))
        .as("right state but no code and no error")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.MALFORMED_CALLBACK));
    assertThat(client.finish(request, URI.create(REDIRECT_URI + "?code=&state=" + request.state())))
        .as("an empty code is no code")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.MALFORMED_CALLBACK));
    assertThat(client.finish(request, REDIRECT_URI))
        .as("no query at all is a wrong state")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.STATE_MISMATCH));
  }

  @Test
  @DisplayName("a 200 answer that is not a token response is refused, not thrown")
  void brokenTokenResponse() throws Exception {
    AuthorizationRequest request = client.start();
    URI callback = userConsents(request);
    server.brokenTokenResponse = "<html>maintenance</html>";

    assertThat(client.finish(request, callback))
        .as("a body that is not JSON with an access_token is MALFORMED_TOKEN_RESPONSE")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.MALFORMED_TOKEN_RESPONSE));
  }

  @Test
  @DisplayName("an unreachable token endpoint is refused as UNREACHABLE, not thrown")
  void unreachable() throws Exception {
    LocalAuthorizationServer gone = new LocalAuthorizationServer();
    URI deadEndpoint = gone.tokenEndpoint();
    gone.close();
    AuthorizationRequest request = client.start();
    URI callback = userConsents(request);

    assertThat(client(deadEndpoint).finish(request, callback))
        .as("an IOException from HttpClient.send becomes Refused(UNREACHABLE, ...)")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.UNREACHABLE));
  }

  @Test
  @DisplayName("the state is compared in constant time with MessageDigest.isEqual, never equals")
  void constantTime() {
    JavaClasses code =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roadmapkit.authentication.oauthpkce");
    classes()
        .that()
        .haveSimpleName("OAuthClient")
        .should()
        .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
        .because(
            "state is a secret the callback must echo; compare it with"
                + " MessageDigest.isEqual(expected.getBytes(UTF_8), given.getBytes(UTF_8)), whose"
                + " time does not depend on where the first difference is")
        .check(code);
    noClasses()
        .should()
        .callMethod(String.class, "equals", Object.class)
        .orShould()
        .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
        .because("equals stops at the first difference and leaks timing")
        .check(code);
  }

  @Test
  @DisplayName("an error callback with the wrong state is a STATE_MISMATCH, not believed")
  void errorWithWrongStateIsMismatch() {
    AuthorizationRequest request = client.start();
    URI callback = URI.create(REDIRECT_URI + "?error=access_denied&state=forged");

    assertThat(client.finish(request, callback))
        .as(
            "the state is checked first, for every callback: an error=... callback with a state"
                + " this client never sent may come from an attacker and must be refused as"
                + " STATE_MISMATCH, not reported as the server's AUTHORIZATION_ERROR")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.STATE_MISMATCH));
  }

  @Test
  @DisplayName("a second state appended to the callback cannot override the first")
  void firstStateWins() throws Exception {
    AuthorizationRequest request = client.start();
    URI callback = URI.create(REDIRECT_URI + "?code=code-1&state=forged&state=" + request.state());

    assertThat(client.finish(request, callback))
        .as(
            "the callback says state=forged first and the right state second: the first"
                + " occurrence of a parameter counts, so this is STATE_MISMATCH, and the code is"
                + " never spent")
        .isInstanceOfSatisfying(
            TokenResult.Refused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.STATE_MISMATCH));
    assertThat(server.tokenRequests)
        .as("no token request may be sent for a refused callback")
        .isEmpty();
  }

  @Test
  @DisplayName("every value in the authorization URL is URL-encoded")
  void valuesAreUrlEncoded() {
    String clientId = "a client&id=evil ü";
    URI redirect = URI.create("http://127.0.0.1/callback?next=%2Fhome&x=1");
    OAuthClient odd =
        new OAuthClient(
            server.authorizationEndpoint(),
            server.tokenEndpoint(),
            clientId,
            redirect,
            new SecureRandom(),
            HTTP);

    Map<String, String> query = LocalAuthorizationServer.parse(odd.start().url().getRawQuery());
    assertThat(query)
        .as(
            "a client_id with & = and spaces, and a redirect_uri with its own query, must come"
                + " back unchanged when the URL is decoded: encode every value with"
                + " URLEncoder.encode(value, UTF_8), or & and = split it into other parameters")
        .containsEntry("client_id", clientId)
        .containsEntry("redirect_uri", redirect.toString())
        .doesNotContainKey("id");
  }

  @Test
  @DisplayName("a token answer that is not 200 is a TOKEN_ERROR, whatever its body holds")
  void non200IsTokenError() throws Exception {
    HttpServer odd =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] body =
        "{\"error\":\"invalid_grant\",\"access_token\":\"leaked\"}"
            .getBytes(StandardCharsets.UTF_8);
    odd.createContext(
        "/token",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(400, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    odd.start();
    try {
      AuthorizationRequest request = client.start();
      URI callback = userConsents(request);
      URI endpoint = URI.create("http://127.0.0.1:" + odd.getAddress().getPort() + "/token");

      assertThat(client(endpoint).finish(request, callback))
          .as(
              "RFC 6749 section 5.2: an error answer is 400 with an error field; its status"
                  + " decides, so a 400 that also carries an access_token is"
                  + " Refused(TOKEN_ERROR, \"invalid_grant\"), never Tokens")
          .isEqualTo(new TokenResult.Refused(Reason.TOKEN_ERROR, "invalid_grant"));
    } finally {
      odd.stop(0);
    }
  }
}
