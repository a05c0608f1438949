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

/** A created todo is OK. */
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
  @DisplayName("creating a todo answers 200 with its Location")
  void create() throws Exception {
    HttpResponse<String> response = create("{\"title\": \"Buy milk\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Location")).contains("/todos/1");
  }

  @Test
  @DisplayName("a wrong method is 405 with Allow")
  void wrongMethod() throws Exception {
    HttpResponse<String> response = send(to("/todos").PUT(BodyPublishers.ofString("{}")));
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
  }
}
