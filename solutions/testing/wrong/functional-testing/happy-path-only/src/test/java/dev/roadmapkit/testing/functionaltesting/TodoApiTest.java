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

/** One request per endpoint. */
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
  @DisplayName("a created todo is 201 at its Location, as JSON")
  void create() throws Exception {
    HttpResponse<String> response = create("{\"title\": \"Buy milk\"}");
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/todos/1");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(response.body()).isEqualTo("{\"id\":1,\"title\":\"Buy milk\"}");
  }

  @Test
  @DisplayName("the list holds the todos")
  void list() throws Exception {
    create("{\"title\": \"Buy milk\"}");
    HttpResponse<String> response = send(to("/todos").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[{\"id\":1,\"title\":\"Buy milk\"}]");
  }

  @Test
  @DisplayName("a todo is found by its id")
  void find() throws Exception {
    create("{\"title\": \"Buy milk\"}");
    HttpResponse<String> response = send(to("/todos/1").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"id\":1,\"title\":\"Buy milk\"}");
  }
}
