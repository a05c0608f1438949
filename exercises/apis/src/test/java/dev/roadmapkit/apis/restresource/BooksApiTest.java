package dev.roadmapkit.apis.restresource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Your BooksApi behind a real HTTP server ({@link BookServer}: the JDK's {@code HttpServer} on
 * 127.0.0.1 and an ephemeral port), called with {@code java.net.http.HttpClient}: the tests see
 * exactly what a client sees.
 */
@DisplayName("apis/rest-resource: BooksApi over HTTP")
class BooksApiTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final String JAVA =
      "{\"isbn\":\"9780134685991\",\"title\":\"Effective Java\",\"author\":\"Joshua Bloch\"}";
  private static final String DDIA =
      "{\"isbn\":\"9781449373320\",\"title\":\"Designing Data-Intensive Applications\","
          + "\"author\":\"Martin Kleppmann\"}";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private BookServer server;

  @BeforeEach
  void start() throws Exception {
    server = BookServer.start(new BooksApi(new BookStore()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return send(method, path, null, null);
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.origin() + path))
            .timeout(TIMEOUT)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body) throws Exception {
    return send("POST", "/books", "application/json", body);
  }

  /** What came back, for failure messages. */
  /** The media type of the response's Content-Type, without parameters, in lower case. */
  private static String mediaType(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .map(value -> value.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))
        .orElse("(no Content-Type)");
  }

  private static String seen(HttpResponse<String> response) {
    return "got "
        + response.statusCode()
        + ", headers "
        + response.headers().map()
        + ", body \""
        + response.body()
        + "\"";
  }

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private void expectJson(
      HttpResponse<String> response, int status, String expectedBody, String why) throws Exception {
    assertThat(response.statusCode())
        .as("%s: status %d (%s)", why, status, seen(response))
        .isEqualTo(status);
    assertThat(mediaType(response))
        .as("%s: a JSON body is labelled Content-Type: application/json (%s)", why, seen(response))
        .isEqualTo("application/json");
    assertThat(body(response))
        .as("%s: the body (%s)", why, seen(response))
        .isEqualTo(json.readTree(expectedBody));
  }

  /** An RFC 9457 problem: its media type, and every member, status equal to the HTTP status. */
  private void expectProblem(
      HttpResponse<String> response,
      int status,
      String type,
      String title,
      String detail,
      String instance,
      String errors)
      throws Exception {
    assertThat(response.statusCode())
        .as("expected status %d, a problem \"%s\" (%s)", status, title, seen(response))
        .isEqualTo(status);
    assertThat(mediaType(response))
        .as(
            "an error body is an RFC 9457 problem: Content-Type: application/problem+json, not"
                + " application/json, so clients know to read type/title/status (%s)",
            seen(response))
        .isEqualTo("application/problem+json");
    String expected =
        "{\"type\":\""
            + type
            + "\",\"title\":\""
            + title
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail
            + "\",\"instance\":\""
            + instance
            + "\""
            + (errors == null ? "" : ",\"errors\":" + errors)
            + "}";
    assertThat(body(response))
        .as(
            "the problem members (RFC 9457 section 3: type, title, status equal to the HTTP"
                + " status, detail, instance = the request path%s) (%s)",
            errors == null ? "" : ", and the errors extension member", seen(response))
        .isEqualTo(json.readTree(expected));
  }

  @Test
  @DisplayName("POST /books creates: 201, an absolute Location, the stored book as body")
  void postCreates() throws Exception {
    HttpResponse<String> created = post(JAVA);
    expectJson(
        created,
        201,
        "{\"id\":1,\"isbn\":\"9780134685991\",\"title\":\"Effective Java\","
            + "\"author\":\"Joshua Bloch\"}",
        "POST of a new book answers 201 Created (RFC 9110 15.3.2) with the book and its id 1");
    assertThat(created.headers().firstValue("Location"))
        .as(
            "201 Created names the new resource in Location, as an absolute URI: the origin"
                + " the client used (%s) then /books/1 (%s)",
            server.origin(), seen(created))
        .contains(server.origin() + "/books/1");

    HttpResponse<String> second = post(DDIA);
    assertThat(second.headers().firstValue("Location"))
        .as("the second book gets id 2 and its own Location (%s)", seen(second))
        .contains(server.origin() + "/books/2");
    HttpResponse<String> fetched = send("GET", "/books/2");
    expectJson(fetched, 200, second.body(), "GET of the Location returns what POST returned");
  }

  @Test
  @DisplayName("GET /books lists every book by id, [] when there is none")
  void getCollection() throws Exception {
    expectJson(send("GET", "/books"), 200, "[]", "GET /books on an empty store");
    post(DDIA);
    post(JAVA);
    expectJson(
        send("GET", "/books"),
        200,
        "[{\"id\":1,\"isbn\":\"9781449373320\",\"title\":\"Designing Data-Intensive"
            + " Applications\",\"author\":\"Martin Kleppmann\"},{\"id\":2,\"isbn\":"
            + "\"9780134685991\",\"title\":\"Effective Java\",\"author\":\"Joshua Bloch\"}]",
        "GET /books after two POSTs lists both, by id ascending");
  }

  @Test
  @DisplayName("a second POST with the same ISBN is 409 Conflict, as a problem, and stores nothing")
  void duplicateIsbn() throws Exception {
    post(DDIA);
    post(JAVA);
    HttpResponse<String> again =
        post("{\"isbn\":\"9780134685991\",\"title\":\"Effective Java 3\",\"author\":\"J. B.\"}");
    expectProblem(
        again,
        409,
        BooksApi.DUPLICATE_ISBN,
        "Duplicate ISBN",
        "ISBN 9780134685991 belongs to book 2",
        "/books",
        null);
    assertThat(body(send("GET", "/books")).size())
        .as("a refused POST stores nothing: still two books")
        .isEqualTo(2);
  }

  @Test
  @DisplayName("GET of an item that does not exist is a 404 problem")
  void getMissing() throws Exception {
    post(JAVA);
    expectProblem(
        send("GET", "/books/2"),
        404,
        "about:blank",
        "Not Found",
        "no book at /books/2",
        "/books/2",
        null);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/books/abc",
        "/books/1/x",
        "/booksx",
        "/books/",
        "/books/-1",
        "/books/99999999999999999999"
      })
  @DisplayName("a path that is neither /books nor /books/{digits} is a 404 problem")
  void unknownPaths(String path) throws Exception {
    post(JAVA);
    expectProblem(
        send("GET", path), 404, "about:blank", "Not Found", "no book at " + path, path, null);
  }

  @Test
  @DisplayName("PUT replaces an existing book (200), keeps its ISBN or takes a free one")
  void putReplaces() throws Exception {
    post(JAVA);
    post(DDIA);
    String revised =
        "{\"isbn\":\"9780134685991\",\"title\":\"Effective Java, 3rd ed.\",\"author\":\"Bloch\"}";
    String stored =
        "{\"id\":1,\"isbn\":\"9780134685991\",\"title\":\"Effective Java, 3rd ed.\","
            + "\"author\":\"Bloch\"}";
    expectJson(
        send("PUT", "/books/1", "application/json", revised),
        200,
        stored,
        "PUT of book 1 with its own ISBN is not a conflict: 200 with the new state");
    expectJson(send("GET", "/books/1"), 200, stored, "GET after PUT sees the replacement");

    String renumbered =
        "{\"id\":99,\"isbn\":\"9780000000002\",\"title\":\"DDIA\",\"author\":\"Kleppmann\"}";
    expectJson(
        send("PUT", "/books/2", "application/json", renumbered),
        200,
        "{\"id\":2,\"isbn\":\"9780000000002\",\"title\":\"DDIA\",\"author\":\"Kleppmann\"}",
        "PUT keeps the id of the path (an id in the body is ignored) and may take a free ISBN");
  }

  @Test
  @DisplayName("PUT of a missing book is 404; PUT with another book's ISBN is 409")
  void putMissingOrConflicting() throws Exception {
    post(JAVA);
    post(DDIA);
    expectProblem(
        send("PUT", "/books/3", "application/json", JAVA),
        404,
        "about:blank",
        "Not Found",
        "no book at /books/3",
        "/books/3",
        null);
    expectProblem(
        send("PUT", "/books/2", "application/json", JAVA),
        409,
        BooksApi.DUPLICATE_ISBN,
        "Duplicate ISBN",
        "ISBN 9780134685991 belongs to book 1",
        "/books/2",
        null);
    assertThat(body(send("GET", "/books/2")).get("isbn").asText())
        .as("a refused PUT changes nothing: book 2 keeps its ISBN")
        .isEqualTo("9781449373320");
  }

  @Test
  @DisplayName("DELETE answers 204 with no body, then the book is gone (404)")
  void deleteThenGone() throws Exception {
    post(JAVA);
    post(DDIA);
    HttpResponse<String> deleted = send("DELETE", "/books/1");
    assertThat(deleted.statusCode())
        .as("a DELETE that succeeds with nothing to say is 204 No Content (%s)", seen(deleted))
        .isEqualTo(204);
    assertThat(deleted.body()).as("204 has no body (%s)", seen(deleted)).isEmpty();
    assertThat(deleted.headers().firstValue("Content-Type"))
        .as("no body, so no Content-Type (%s)", seen(deleted))
        .isEmpty();
    expectProblem(
        send("GET", "/books/1"),
        404,
        "about:blank",
        "Not Found",
        "no book at /books/1",
        "/books/1",
        null);
    expectProblem(
        send("DELETE", "/books/1"),
        404,
        "about:blank",
        "Not Found",
        "no book at /books/1",
        "/books/1",
        null);
    assertThat(body(send("GET", "/books")).size())
        .as("only book 1 was deleted: book 2 is still listed")
        .isEqualTo(1);
  }

  @Test
  @DisplayName("a method the collection does not allow is 405 with Allow: GET, POST")
  void collectionMethodNotAllowed() throws Exception {
    for (String method : new String[] {"DELETE", "PUT", "PATCH"}) {
      HttpResponse<String> response = send(method, "/books");
      assertThat(response.headers().firstValue("Allow"))
          .as(
              "405 must list exactly the methods /books allows (RFC 9110 15.5.6): %s /books (%s)",
              method, seen(response))
          .contains("GET, POST");
      expectProblem(
          response,
          405,
          "about:blank",
          "Method Not Allowed",
          method + " is not allowed here; allowed: GET, POST",
          "/books",
          null);
    }
  }

  @Test
  @DisplayName("a method an item does not allow is 405 with Allow: GET, PUT, DELETE")
  void itemMethodNotAllowed() throws Exception {
    post(JAVA);
    for (String method : new String[] {"POST", "PATCH"}) {
      HttpResponse<String> response = send(method, "/books/1", "application/json", JAVA);
      assertThat(response.headers().firstValue("Allow"))
          .as(
              "405 must list exactly the methods /books/{id} allows: %s /books/1 (%s)",
              method, seen(response))
          .contains("GET, PUT, DELETE");
      expectProblem(
          response,
          405,
          "about:blank",
          "Method Not Allowed",
          method + " is not allowed here; allowed: GET, PUT, DELETE",
          "/books/1",
          null);
    }
  }

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(strings = {"text/plain", "application/xml", "application/jsonx", "none"})
  @DisplayName("POST and PUT with a Content-Type other than application/json are 415")
  void unsupportedMediaType(String contentType) throws Exception {
    post(DDIA);
    String header = contentType.equals("none") ? null : contentType;
    expectProblem(
        send("POST", "/books", header, JAVA),
        415,
        "about:blank",
        "Unsupported Media Type",
        "send the book as application/json",
        "/books",
        null);
    expectProblem(
        send("PUT", "/books/1", header, JAVA),
        415,
        "about:blank",
        "Unsupported Media Type",
        "send the book as application/json",
        "/books/1",
        null);
    assertThat(body(send("GET", "/books")).size()).as("a 415 stores nothing").isEqualTo(1);
  }

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(
      strings = {"application/json; charset=UTF-8", "Application/JSON", " application/json"})
  @DisplayName("application/json is recognised with parameters and in any case")
  void jsonMediaTypeVariants(String contentType) throws Exception {
    HttpResponse<String> created = send("POST", "/books", contentType, JAVA);
    assertThat(created.statusCode())
        .as(
            "Content-Type %s is application/json: the POST succeeds (%s)",
            contentType, seen(created))
        .isEqualTo(201);
  }

  @ParameterizedTest(name = "body: {0}")
  @ValueSource(strings = {"{\"isbn\":", "[]", "\"a book\"", "", "42"})
  @DisplayName("a body that is not a JSON object is a 400 malformed-json problem")
  void malformedJson(String bodyText) throws Exception {
    post(DDIA);
    expectProblem(
        send("POST", "/books", "application/json", bodyText),
        400,
        BooksApi.MALFORMED_JSON,
        "Malformed JSON",
        "the body is not a JSON object",
        "/books",
        null);
    expectProblem(
        send("PUT", "/books/1", "application/json", bodyText),
        400,
        BooksApi.MALFORMED_JSON,
        "Malformed JSON",
        "the body is not a JSON object",
        "/books/1",
        null);
  }

  @Test
  @DisplayName("every invalid field is listed in the 422 problem, in the order isbn, title, author")
  void everyInvalidField() throws Exception {
    HttpResponse<String> response =
        post("{\"isbn\":\"978013468599\",\"title\":\"  \",\"author\":\"\"}");
    expectProblem(
        response,
        422,
        BooksApi.INVALID_BOOK,
        "Invalid book",
        "invalid fields: isbn, title, author",
        "/books",
        "[{\"field\":\"isbn\",\"reason\":\"must be 13 digits\"},"
            + "{\"field\":\"title\",\"reason\":\"must not be blank\"},"
            + "{\"field\":\"author\",\"reason\":\"must not be blank\"}]");
    expectJson(send("GET", "/books"), 200, "[]", "a refused POST stores nothing");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"isbn\":\"97801346859912\",\"title\":\"T\",\"author\":\"A\"}",
        "{\"isbn\":\"978013468599X\",\"title\":\"T\",\"author\":\"A\"}",
        "{\"isbn\":9780134685991,\"title\":\"T\",\"author\":\"A\"}",
        "{\"title\":\"T\",\"author\":\"A\"}",
        "{\"isbn\":\" 9780134685991\",\"title\":\"T\",\"author\":\"A\"}"
      })
  @DisplayName("an ISBN that is not a string of exactly 13 digits is the only invalid field")
  void invalidIsbn(String bodyText) throws Exception {
    expectProblem(
        post(bodyText),
        422,
        BooksApi.INVALID_BOOK,
        "Invalid book",
        "invalid fields: isbn",
        "/books",
        "[{\"field\":\"isbn\",\"reason\":\"must be 13 digits\"}]");
  }

  @Test
  @DisplayName("a missing or non-string title or author is invalid, on PUT as on POST")
  void invalidTitleOrAuthorOnPut() throws Exception {
    post(JAVA);
    expectProblem(
        send("PUT", "/books/1", "application/json", "{\"isbn\":\"9780134685991\",\"title\":7}"),
        422,
        BooksApi.INVALID_BOOK,
        "Invalid book",
        "invalid fields: title, author",
        "/books/1",
        "[{\"field\":\"title\",\"reason\":\"must not be blank\"},"
            + "{\"field\":\"author\",\"reason\":\"must not be blank\"}]");
    expectProblem(
        send(
            "PUT",
            "/books/1",
            "application/json",
            "{\"isbn\":\"9780134685991\",\"title\":\"T\",\"author\":null}"),
        422,
        BooksApi.INVALID_BOOK,
        "Invalid book",
        "invalid fields: author",
        "/books/1",
        "[{\"field\":\"author\",\"reason\":\"must not be blank\"}]");
    expectProblem(
        send(
            "PUT",
            "/books/9",
            "application/json",
            "{\"isbn\":\"1\",\"title\":\"T\",\"author\":\"A\"}"),
        422,
        BooksApi.INVALID_BOOK,
        "Invalid book",
        "invalid fields: isbn",
        "/books/9",
        "[{\"field\":\"isbn\",\"reason\":\"must be 13 digits\"}]");
    assertThat(body(send("GET", "/books/1")).get("title").asText())
        .as("a refused PUT changes nothing")
        .isEqualTo("Effective Java");
  }
}
