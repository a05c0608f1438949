package dev.roadmapkit.testing.functionaltesting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Checks statuses and bodies. */
class TodoApiTest {

  private final HttpClient http = HttpClient.newHttpClient();
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
    return http.send(request.build(), BodyHandlers.ofString());
  }

  private HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(server.uri().resolve(path));
  }

  private HttpResponse<String> create(String body) throws Exception {
    return send(
        to("/todos")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
  }

  @Test
  @DisplayName("creating a todo is 201 with the todo")
  void create() throws Exception {
    HttpResponse<String> response = create("{\"title\": \"Buy milk\"}");
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("{\"id\":1,\"title\":\"Buy milk\"}");
  }

  @Test
  @DisplayName("bad titles are 400, whatever the media type's case")
  void badTitles() throws Exception {
    assertThat(create("{\"title\": \"   \"}").statusCode()).isEqualTo(400);
    assertThat(create("{\"title\": \"" + "x".repeat(101) + "\"}").statusCode()).isEqualTo(400);
    assertThat(create("{\"title\": \"" + "x".repeat(100) + "\"}").statusCode()).isEqualTo(201);
    HttpResponse<String> upper =
        send(
            to("/todos")
                .header("Content-Type", "Application/JSON")
                .POST(BodyPublishers.ofString("{\"title\": \"a\"}")));
    assertThat(upper.statusCode()).isEqualTo(201);
  }

  @Test
  @DisplayName("the list holds at most limit todos, with their titles")
  void list() throws Exception {
    create("{\"title\": \"a\"}");
    create("{\"title\": \"b\"}");
    create("{\"title\": \"c\"}");
    HttpResponse<String> response = send(to("/todos?limit=2").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("[{\"id\":1,\"title\":\"a\"},{\"id\":2,\"title\":\"b\"}]");
  }

  @Test
  @DisplayName("a wrong method is 405")
  void wrongMethod() throws Exception {
    assertThat(send(to("/todos").PUT(BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(405);
  }
}
