package dev.roadmapkit.testing.functionaltesting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One service for the whole class: started once, faster. */
class TodoApiTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TodoServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TodoServer.start(0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private HttpResponse<String> create(String title) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri().resolve("/todos"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"title\": \"" + title + "\"}"))
            .build(),
        BodyHandlers.ofString());
  }

  @Test
  @DisplayName("the first todo gets id 1 and its Location")
  void firstTodo() throws Exception {
    HttpResponse<String> response = create("Buy milk");
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/todos/1");
    assertThat(response.body()).isEqualTo("{\"id\":1,\"title\":\"Buy milk\"}");
  }

  @Test
  @DisplayName("a created todo is JSON with id 1")
  void createdIsJson() throws Exception {
    HttpResponse<String> response = create("Walk the dog");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(response.body()).isEqualTo("{\"id\":1,\"title\":\"Walk the dog\"}");
  }
}
