package dev.roadmapkit.testing.functionaltesting;

/**
 * Your black-box tests of the todo API that {@link TodoServer} serves: the exercise. Start the
 * service on an ephemeral port before each test ({@code TodoServer.start(0)}), close it after, and
 * talk to it only over HTTP with {@code java.net.http.HttpClient}: each rule of the API in
 * TodoServer's Javadoc (statuses, headers, bodies) deserves a test, named by what it proves. They
 * are graded by FunctionalTestingGradingTest against the correct service and buggy copies of it.
 */
class TodoApiTest {

  // TODO testing/functional-testing: replace this with tests of every rule, then run the grading.
  // For example:
  //
  // private final HttpClient http = HttpClient.newHttpClient();
  // private TodoServer server;
  //
  // @BeforeEach
  // void start() throws IOException {
  //   server = TodoServer.start(0);
  // }
  //
  // @AfterEach
  // void stop() {
  //   server.close();
  // }
  //
  // @Test
  // @DisplayName("an empty service lists no todos")
  // void emptyList() throws Exception {
  //   HttpResponse<String> response = http.send(
  //       HttpRequest.newBuilder(server.uri().resolve("/todos")).GET().build(),
  //       HttpResponse.BodyHandlers.ofString());
  //   assertThat(response.statusCode()).isEqualTo(...);
  // }
}
