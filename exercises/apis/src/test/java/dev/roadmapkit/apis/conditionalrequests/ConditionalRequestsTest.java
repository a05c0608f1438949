package dev.roadmapkit.apis.conditionalrequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Your ConditionalProfiles behind a real HTTP server on 127.0.0.1 and an ephemeral port, called
 * with {@code java.net.http.HttpClient}. The store starts with one profile, {@code ada}.
 */
@DisplayName("apis/conditional-requests: ETag, If-None-Match, If-Match over HTTP")
class ConditionalRequestsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final String ADA = "{\"name\":\"Ada\",\"city\":\"London\"}";

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final ProfileStore store = new ProfileStore();
  private ProfileServer server;

  @BeforeEach
  void start() throws Exception {
    store.put("ada", ADA.getBytes(StandardCharsets.UTF_8));
    server = ProfileServer.start(new ConditionalProfiles(store));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The ETag the contract asks for: the quoted lowercase hex SHA-256 of the body bytes. */
  private static String expectedEtag(String body) throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
    return '"' + HexFormat.of().formatHex(hash) + '"';
  }

  private HttpRequest.Builder request(String id, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/profiles/" + id)).timeout(TIMEOUT);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return request;
  }

  private HttpResponse<String> get(String id, String... headers) throws Exception {
    return client.send(request(id, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> put(String id, String body, String... headers) throws Exception {
    return client.send(
        request(id, headers).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** What came back, as a client sees it, for the failure messages. */
  private static String seen(HttpResponse<String> response) {
    String headers =
        response.headers().map().entrySet().stream()
            .filter(
                header -> !List.of(":status", "date", "content-length").contains(header.getKey()))
            .map(header -> header.getKey() + ": " + String.join(", ", header.getValue()))
            .sorted()
            .collect(Collectors.joining("\n  "));
    return "\ngot "
        + response.request().method()
        + " -> "
        + response.statusCode()
        + "\n  "
        + headers
        + "\n  body: "
        + (response.body().isEmpty() ? "(none)" : response.body());
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElse("(no ETag header)");
  }

  /** The profile as stored now, read back with a plain GET. */
  private void assertUnchanged(String why) throws Exception {
    HttpResponse<String> now = get("ada");
    assertThat(now.body())
        .as("%s, so the profile must be unchanged%s", why, seen(now))
        .isEqualTo(ADA);
  }

  @Test
  @DisplayName(
      "GET answers 200 with the JSON body and a strong ETag: the quoted SHA-256 hex of the body")
  void getHasStrongEtagOfTheBody() throws Exception {
    HttpResponse<String> response = get("ada");

    assertThat(response.statusCode())
        .as("GET of an existing profile%s", seen(response))
        .isEqualTo(200);
    assertThat(response.body())
        .as("the body is the stored representation%s", seen(response))
        .isEqualTo(ADA);
    assertThat(response.headers().firstValue("Content-Type"))
        .as("the representation is JSON%s", seen(response))
        .hasValue("application/json");
    assertThat(etag(response))
        .as(
            "the ETag is a strong tag computed from the exact body bytes: '\"' + lowercase hex SHA-256"
                + " + '\"' (quotes are part of an entity tag, RFC 9110 section 8.8.3)%s",
            seen(response))
        .isEqualTo(expectedEtag(ADA));
  }

  @Test
  @DisplayName("GET of a missing profile is 404, even with If-None-Match: *")
  void getMissingIs404() throws Exception {
    HttpResponse<String> plain = get("bob");
    HttpResponse<String> star = get("bob", "If-None-Match", "*");

    assertThat(plain.statusCode()).as("there is no profile bob%s", seen(plain)).isEqualTo(404);
    assertThat(star.statusCode())
        .as("If-None-Match: * matches only a current representation; bob has none%s", seen(star))
        .isEqualTo(404);
  }

  @Test
  @DisplayName("GET with If-None-Match of the current ETag is 304 with the ETag and no body")
  void ifNoneMatchCurrentIs304() throws Exception {
    String current = expectedEtag(ADA);
    HttpResponse<String> response = get("ada", "If-None-Match", current);

    assertThat(response.statusCode())
        .as("the client already has this version: 304 Not Modified%s", seen(response))
        .isEqualTo(304);
    assertThat(etag(response))
        .as("a 304 still carries the ETag (RFC 9110 section 15.4.5)%s", seen(response))
        .isEqualTo(current);
  }

  @Test
  @DisplayName(
      "If-None-Match is a list: a match anywhere in it is 304; W/ tags match too (weak comparison)")
  void ifNoneMatchListAndWeak() throws Exception {
    String current = expectedEtag(ADA);
    HttpResponse<String> list = get("ada", "If-None-Match", "\"0123\", " + current + " , \"4567\"");
    HttpResponse<String> weak = get("ada", "If-None-Match", "W/" + current);
    HttpResponse<String> star = get("ada", "If-None-Match", "*");

    assertThat(list.statusCode())
        .as("the current ETag is second in the list%s", seen(list))
        .isEqualTo(304);
    assertThat(weak.statusCode())
        .as(
            "If-None-Match uses the weak comparison: W/\"x\" matches \"x\" (RFC 9110 section 13.1.2)%s",
            seen(weak))
        .isEqualTo(304);
    assertThat(star.statusCode())
        .as("* matches any current representation%s", seen(star))
        .isEqualTo(304);
  }

  @Test
  @DisplayName("GET with If-None-Match of another ETag is 200 with the body")
  void ifNoneMatchStaleIs200() throws Exception {
    HttpResponse<String> response = get("ada", "If-None-Match", "\"0123\", W/\"4567\"");

    assertThat(response.statusCode())
        .as("no tag in the list is the current one%s", seen(response))
        .isEqualTo(200);
    assertThat(response.body())
        .as("so the client gets the representation%s", seen(response))
        .isEqualTo(ADA);
    assertThat(etag(response)).as("with its ETag%s", seen(response)).isEqualTo(expectedEtag(ADA));
  }

  @Test
  @DisplayName("PUT without If-Match is refused with 428 Precondition Required and changes nothing")
  void putWithoutIfMatchIs428() throws Exception {
    HttpResponse<String> response = put("ada", "{\"name\":\"Ada\",\"city\":\"Paris\"}");

    assertThat(response.statusCode())
        .as(
            "a blind update could overwrite someone else's: 428 asks for If-Match (RFC 6585)%s",
            seen(response))
        .isEqualTo(428);
    assertUnchanged("the PUT was refused");
  }

  @Test
  @DisplayName("PUT with If-Match of the current ETag is 200 with the new body and its new ETag")
  void putWithCurrentEtagWins() throws Exception {
    String paris = "{\"name\":\"Ada\",\"city\":\"Paris\"}";
    HttpResponse<String> response = put("ada", paris, "If-Match", expectedEtag(ADA));

    assertThat(response.statusCode())
        .as("If-Match is the current ETag%s", seen(response))
        .isEqualTo(200);
    assertThat(response.body())
        .as("the answer is the new representation%s", seen(response))
        .isEqualTo(paris);
    assertThat(etag(response))
        .as("the ETag of the new representation (computed from its bytes)%s", seen(response))
        .isEqualTo(expectedEtag(paris));
    assertThat(response.headers().firstValue("Content-Type"))
        .as("the representation is JSON%s", seen(response))
        .hasValue("application/json");
    HttpResponse<String> after = get("ada");
    assertThat(after.body())
        .as("a GET afterwards sees the new body%s", seen(after))
        .isEqualTo(paris);
    assertThat(etag(after)).as("and the new ETag%s", seen(after)).isEqualTo(expectedEtag(paris));
  }

  @Test
  @DisplayName("the ETag follows the content: putting back the same bytes gives back the same ETag")
  void etagFollowsContent() throws Exception {
    String paris = "{\"name\":\"Ada\",\"city\":\"Paris\"}";
    HttpResponse<String> first = put("ada", paris, "If-Match", expectedEtag(ADA));
    HttpResponse<String> back = put("ada", ADA, "If-Match", etag(first));
    HttpResponse<String> cached = get("ada", "If-None-Match", expectedEtag(ADA));

    assertThat(back.statusCode())
        .as("the second PUT sent the ETag the first returned%s", seen(back))
        .isEqualTo(200);
    assertThat(etag(back))
        .as(
            "the same bytes as at the start, so the same ETag: a version counter would not say so%s",
            seen(back))
        .isEqualTo(expectedEtag(ADA));
    assertThat(cached.statusCode())
        .as("a client holding the first ETag has exactly the current bytes: 304%s", seen(cached))
        .isEqualTo(304);
  }

  @Test
  @DisplayName("If-Match is a list: a strong match anywhere in it lets the PUT through")
  void ifMatchList() throws Exception {
    String paris = "{\"name\":\"Ada\",\"city\":\"Paris\"}";
    HttpResponse<String> response =
        put("ada", paris, "If-Match", "\"0123\" ," + expectedEtag(ADA) + ", \"4567\"");

    assertThat(response.statusCode())
        .as("the current ETag is in the list%s", seen(response))
        .isEqualTo(200);
  }

  @Test
  @DisplayName("PUT with a stale If-Match is 412 Precondition Failed and changes nothing")
  void staleIfMatchIs412() throws Exception {
    String stale = expectedEtag("{\"name\":\"Ada\"}");
    HttpResponse<String> response =
        put("ada", "{\"name\":\"Ada\",\"city\":\"Paris\"}", "If-Match", stale);

    assertThat(response.statusCode())
        .as(
            "the client edited a version that is not the current one: 412, not 200%s",
            seen(response))
        .isEqualTo(412);
    assertUnchanged("the PUT failed its precondition");
  }

  @Test
  @DisplayName("If-Match uses the strong comparison: W/ plus the current ETag is 412")
  void weakIfMatchIs412() throws Exception {
    HttpResponse<String> response =
        put("ada", "{\"name\":\"Ada\",\"city\":\"Paris\"}", "If-Match", "W/" + expectedEtag(ADA));

    assertThat(response.statusCode())
        .as("a weak tag never matches for If-Match (RFC 9110 section 13.1.1)%s", seen(response))
        .isEqualTo(412);
    assertUnchanged("the PUT failed its precondition");
  }

  @Test
  @DisplayName("If-Match: * lets a PUT replace an existing profile but is 412 on a missing one")
  void ifMatchStar() throws Exception {
    HttpResponse<String> missing = put("bob", "{\"name\":\"Bob\"}", "If-Match", "*");
    HttpResponse<String> stale = put("bob", "{\"name\":\"Bob\"}", "If-Match", expectedEtag(ADA));
    HttpResponse<String> existing =
        put("ada", "{\"name\":\"Ada\",\"city\":\"Paris\"}", "If-Match", "*");

    assertThat(missing.statusCode())
        .as("* means \"any current representation\"; bob has none: 412%s", seen(missing))
        .isEqualTo(412);
    assertThat(stale.statusCode())
        .as("no tag matches a missing profile%s", seen(stale))
        .isEqualTo(412);
    assertThat(get("bob").statusCode()).as("the refused PUTs created nothing").isEqualTo(404);
    assertThat(existing.statusCode())
        .as("ada exists, so * matches%s", seen(existing))
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "two clients racing with the same If-Match: exactly one wins (200), the other gets 412")
  void noLostUpdate() throws Exception {
    String etag = expectedEtag(ADA);
    // Both PUTs must have read the profile before either goes on: a check then a write lets both
    // win. A solution that holds a lock around read and write makes the second wait for the lock;
    // the barrier then times out and lets the first go on, which is correct too.
    CyclicBarrier bothRead = new CyclicBarrier(2);
    store.onRead(
        () -> {
          try {
            bothRead.await(2, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (BrokenBarrierException | TimeoutException e) {
            // a lock kept the other racer out: nothing to wait for
          }
        });
    String paris = "{\"name\":\"Ada\",\"city\":\"Paris\"}";
    String rome = "{\"name\":\"Ada\",\"city\":\"Rome\"}";
    CompletableFuture<HttpResponse<String>> first =
        client.sendAsync(
            request("ada", "If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(paris))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    CompletableFuture<HttpResponse<String>> second =
        client.sendAsync(
            request("ada", "If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(rome)).build(),
            HttpResponse.BodyHandlers.ofString());
    List<HttpResponse<String>> both = List.of(first.get(), second.get());
    store.onRead(() -> {});

    List<Integer> statuses = both.stream().map(HttpResponse::statusCode).sorted().toList();
    String seen = seen(both.get(0)) + seen(both.get(1));
    assertThat(statuses)
        .as(
            "both sent the same If-Match; after the first write it is stale, so exactly one 200 and one"
                + " 412. Two 200s is a lost update: check and write must be one atomic step"
                + " (ProfileStore.replace or a lock)%s",
            seen)
        .containsExactly(200, 412);
    HttpResponse<String> winner = both.get(0).statusCode() == 200 ? both.get(0) : both.get(1);
    HttpResponse<String> now = get("ada");
    assertThat(now.body())
        .as("the stored profile is the winner's body%s", seen(now))
        .isEqualTo(winner == both.get(0) ? paris : rome);
  }
}
