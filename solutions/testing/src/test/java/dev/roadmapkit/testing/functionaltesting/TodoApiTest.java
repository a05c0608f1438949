package dev.roadmapkit.testing.functionaltesting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference black-box tests of the todo API. The idea: talk to the running service only as a
 * client would, over HTTP, and assert the whole response each rule is about: the status, the
 * headers that go with it (Location, Content-Type, Allow) and the body parsed as JSON, compared as
 * a whole so that a misnamed field cannot hide. The service starts afresh on an ephemeral port for
 * every test, so tests share no todos and no port. The trade-off is a server per test; the JDK's
 * starts in milliseconds.
 */
class TodoApiTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private TodoServer server;

  @BeforeEach
  void start() throws IOException {
    server = TodoServer.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), BodyHandlers.ofString());
  }

  private HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(server.uri().resolve(path));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(to(path).GET());
  }

  private HttpResponse<String> post(String body, String contentType) throws Exception {
    return send(
        to("/todos").header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> create(String title) throws Exception {
    return post(JSON.createObjectNode().put("title", title).toString(), "application/json");
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  private static JsonNode todo(int id, String title) {
    return JSON.createObjectNode().put("id", id).put("title", title);
  }

  private static void assertJson(HttpResponse<String> response, int status, JsonNode body)
      throws IOException {
    assertThat(response.statusCode()).as("status of %s", response.request()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .as("every response with a body says it is JSON")
        .contains("application/json");
    assertThat(json(response.body())).isEqualTo(json(body.toString()));
  }

  private static void assertError(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as("status of %s", response.request()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(json(response.body()).path("error").isTextual())
        .as("an error's body is {\"error\": \"...\"}, was %s", response.body())
        .isTrue();
  }

  @Nested
  @DisplayName("POST /todos")
  class Creating {

    @Test
    @DisplayName("answers 201 Created, the Location of the new todo, and the todo")
    void created() throws Exception {
      HttpResponse<String> response = create("Buy milk");

      assertJson(response, 201, todo(1, "Buy milk"));
      assertThat(response.headers().firstValue("Location")).contains("/todos/1");
      assertJson(
          get(response.headers().firstValue("Location").orElseThrow()), 200, todo(1, "Buy milk"));
    }

    @Test
    @DisplayName("gives ids from 1 up")
    void idsCountUp() throws Exception {
      create("Buy milk");

      HttpResponse<String> second = create("Walk the dog");

      assertJson(second, 201, todo(2, "Walk the dog"));
      assertThat(second.headers().firstValue("Location")).contains("/todos/2");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"Application/JSON", "application/json; charset=utf-8"})
    @DisplayName("accepts the JSON media type in any case and with parameters")
    void mediaTypeVariants(String contentType) throws Exception {
      assertJson(post("{\"title\": \"Buy milk\"}", contentType), 201, todo(1, "Buy milk"));
    }

    @Test
    @DisplayName("accepts a title of exactly 100 characters")
    void longestTitle() throws Exception {
      String title = "x".repeat(100);

      assertJson(create(title), 201, todo(1, title));
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(
        strings = {
          "{}",
          "{\"title\": \"\"}",
          "{\"title\": \"   \"}",
          "{\"title\": 5}",
          "[\"Buy milk\"]",
          "Buy milk",
          ""
        })
    @DisplayName(
        "refuses a missing, blank or non-text title, or a body that is no JSON object, with 400")
    void badBodies(String body) throws Exception {
      assertError(post(body, "application/json"), 400);
      assertJson(get("/todos"), 200, JSON.createArrayNode());
    }

    @Test
    @DisplayName("refuses a title of 101 characters with 400")
    void tooLongTitle() throws Exception {
      assertError(create("x".repeat(101)), 400);
    }

    @Test
    @DisplayName("refuses another Content-Type, or none, with 415")
    void unsupportedMediaType() throws Exception {
      assertError(post("{\"title\": \"Buy milk\"}", "text/plain"), 415);
      assertError(send(to("/todos").POST(BodyPublishers.ofString("{\"title\": \"x\"}"))), 415);
      assertJson(get("/todos"), 200, JSON.createArrayNode());
    }
  }

  @Nested
  @DisplayName("GET /todos")
  class Listing {

    @Test
    @DisplayName("lists the todos in the order they were created, each with its id and title")
    void inOrder() throws Exception {
      create("Buy milk");
      create("Walk the dog");
      create("Call Ana");

      assertJson(
          get("/todos"),
          200,
          JSON.createArrayNode()
              .add(todo(1, "Buy milk"))
              .add(todo(2, "Walk the dog"))
              .add(todo(3, "Call Ana")));
    }

    @ParameterizedTest(name = "limit={0} lists {1}")
    @CsvSource({"1, 1", "2, 2", "3, 3", "100, 3"})
    @DisplayName("lists at most limit todos, the first ones")
    void limit(int limit, int listed) throws Exception {
      List<String> titles = List.of("Buy milk", "Walk the dog", "Call Ana");
      for (String title : titles) {
        create(title);
      }

      var expected = JSON.createArrayNode();
      IntStream.range(0, listed).forEach(i -> expected.add(todo(i + 1, titles.get(i))));
      assertJson(get("/todos?limit=" + limit), 200, expected);
    }

    @Test
    @DisplayName("lists 20 todos without a limit")
    void defaultLimit() throws Exception {
      for (int i = 1; i <= 21; i++) {
        create("todo " + i);
      }

      JsonNode listed = json(get("/todos").body());
      assertThat(listed).hasSize(20);
      assertThat(listed.get(19)).isEqualTo(json(todo(20, "todo 20").toString()));
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "-1", "101", "ten"})
    @DisplayName("refuses a limit that is no number from 1 to 100 with 400")
    void badLimit(String limit) throws Exception {
      assertError(get("/todos?limit=" + limit), 400);
    }
  }

  @Nested
  @DisplayName("GET and DELETE /todos/{id}")
  class OneTodo {

    @Test
    @DisplayName("a todo that does not exist, or a path that is no id, is 404")
    void notFound() throws Exception {
      create("Buy milk");

      assertError(get("/todos/2"), 404);
      assertError(get("/todos/milk"), 404);
      assertError(get("/todoz"), 404);
    }

    @Test
    @DisplayName("DELETE answers 204 without a body, and the todo is gone")
    void delete() throws Exception {
      create("Buy milk");
      create("Walk the dog");

      HttpResponse<String> deleted = send(to("/todos/1").DELETE());

      assertThat(deleted.statusCode()).isEqualTo(204);
      assertThat(deleted.body()).isEmpty();
      assertError(get("/todos/1"), 404);
      assertJson(get("/todos"), 200, JSON.createArrayNode().add(todo(2, "Walk the dog")));
      assertError(send(to("/todos/1").DELETE()), 404);
    }
  }

  @Nested
  @DisplayName("a method a path does not support")
  class Methods {

    @ParameterizedTest(name = "{0} {1}: Allow {2}")
    @CsvSource(
        delimiter = '|',
        value = {"PUT|/todos|GET, POST", "DELETE|/todos|GET, POST", "POST|/todos/1|GET, DELETE"})
    @DisplayName("is 405 Method Not Allowed, with the methods it does support in Allow")
    void notAllowed(String method, String path, String allowed) throws Exception {
      create("Buy milk");

      HttpResponse<String> response =
          send(to(path).method(method, BodyPublishers.ofString("{\"title\": \"x\"}")));

      assertError(response, 405);
      assertThat(response.headers().firstValue("Allow")).contains(allowed);
    }
  }
}
