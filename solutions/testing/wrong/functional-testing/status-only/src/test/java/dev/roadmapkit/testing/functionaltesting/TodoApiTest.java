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

/** Checks the status of every kind of request. */
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
  @DisplayName("creating a todo is 201")
  void create() throws Exception {
    assertThat(create("{\"title\": \"Buy milk\"}").statusCode()).isEqualTo(201);
  }

  @Test
  @DisplayName("bad titles are 400")
  void badTitles() throws Exception {
    assertThat(create("{}").statusCode()).isEqualTo(400);
    assertThat(create("{\"title\": \"   \"}").statusCode()).isEqualTo(400);
    assertThat(create("{\"title\": \"" + "x".repeat(101) + "\"}").statusCode()).isEqualTo(400);
    assertThat(create("{\"title\": \"" + "x".repeat(100) + "\"}").statusCode()).isEqualTo(201);
  }

  @Test
  @DisplayName("a wrong method is 405, an unknown todo 404")
  void statuses() throws Exception {
    assertThat(send(to("/todos").PUT(BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(405);
    assertThat(send(to("/todos/7").GET()).statusCode()).isEqualTo(404);
    assertThat(send(to("/todos?limit=2").GET()).statusCode()).isEqualTo(200);
  }
}
