package dev.roadmapkit.authentication.oauthpkce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small, strict authorization server for the tests, on 127.0.0.1 and an ephemeral port. The user
 * is always "alice" and always consents. Codes are single-use; the token endpoint checks the PKCE
 * verifier against the challenge it was given.
 */
final class LocalAuthorizationServer implements AutoCloseable {

  static final String CLIENT_ID = "roadmap-cli";
  static final URI REDIRECT_URI = URI.create("http://127.0.0.1/callback");

  private record Grant(String challenge, String redirectUri) {}

  private final HttpServer server;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
  volatile String brokenTokenResponse;
  private int issued;

  LocalAuthorizationServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.start();
  }

  URI authorizationEndpoint() {
    return base().resolve("/authorize");
  }

  URI tokenEndpoint() {
    return base().resolve("/token");
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  static Map<String, String> parse(String query) {
    Map<String, String> params = new HashMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> q = parse(exchange.getRequestURI().getRawQuery());
    if (!"code".equals(q.get("response_type"))
        || !CLIENT_ID.equals(q.get("client_id"))
        || !REDIRECT_URI.toString().equals(q.get("redirect_uri"))
        || !"S256".equals(q.get("code_challenge_method"))
        || q.get("code_challenge") == null
        || q.get("state") == null) {
      send(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    String code = "code-" + (++issued);
    codes.put(code, new Grant(q.get("code_challenge"), q.get("redirect_uri")));
    exchange
        .getResponseHeaders()
        .add(
            "Location",
            q.get("redirect_uri")
                + "?code="
                + code
                + "&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form =
        parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    tokenRequests.add(form);
    if (brokenTokenResponse != null) {
      send(exchange, 200, brokenTokenResponse);
      return;
    }
    boolean isForm =
        String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
            .startsWith("application/x-www-form-urlencoded");
    Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
    if (!"POST".equals(exchange.getRequestMethod())
        || !isForm
        || !"authorization_code".equals(form.get("grant_type"))
        || !CLIENT_ID.equals(form.get("client_id"))) {
      send(exchange, 400, "{\"error\":\"invalid_request\"}");
    } else if (grant == null
        || !grant.redirectUri().equals(form.get("redirect_uri"))
        || form.get("code_verifier") == null
        || !grant.challenge().equals(s256(form.get("code_verifier")))) {
      send(exchange, 400, "{\"error\":\"invalid_grant\"}");
    } else {
      send(
          exchange,
          200,
          "{\"access_token\":\"at-for-alice-"
              + form.get("code")
              + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }
  }

  private static String s256(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
