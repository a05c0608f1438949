package dev.roadmapkit.apis.openapicontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Your TaskApi behind a real HTTP server, called with {@code java.net.http.HttpClient}. Every
 * request the test sends and every response that comes back is checked against {@code tasks.yaml}
 * with Atlassian's swagger-request-validator; a failure lists each violation with where it is.
 */
@DisplayName("apis/openapi-contract: the tasks API agrees with tasks.yaml")
class TaskApiContractTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static OpenApiInteractionValidator contract;

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private TaskServer server;

  @BeforeAll
  static void readContract() throws IOException {
    try (InputStream in = TaskApiContractTest.class.getResourceAsStream("tasks.yaml")) {
      String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      contract = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }
  }

  @BeforeEach
  void start() throws IOException {
    server = TaskServer.start(new TaskApi());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** One request and what came back over the wire, both as the validator sees them. */
  private record Exchange(SimpleRequest request, HttpResponse<String> response) {

    SimpleResponse wireResponse() {
      SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
      response.headers().map().forEach((name, values) -> builder.withHeader(name, values));
      if (!response.body().isEmpty()) {
        builder.withBody(response.body());
      }
      return builder.build();
    }

    String seen() {
      String headers =
          response.headers().map().entrySet().stream()
              .filter(h -> !List.of(":status", "date", "content-length").contains(h.getKey()))
              .map(h -> h.getKey() + ": " + String.join(", ", h.getValue()))
              .sorted()
              .collect(Collectors.joining("\n  "));
      return "\n"
          + request.getMethod()
          + " "
          + request.getPath()
          + request.getRequestBody().map(b -> " " + bodyText(b)).orElse("")
          + "\ngot "
          + response.statusCode()
          + "\n  "
          + headers
          + "\n  body: "
          + (response.body().isEmpty() ? "(none)" : response.body());
    }

    private static String bodyText(com.atlassian.oai.validator.model.Body body) {
      try {
        return body.toString(StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(unreadable)";
      }
    }
  }

  private Exchange post(String json) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.uri("/tasks"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    SimpleRequest sent =
        SimpleRequest.Builder.post("/tasks")
            .withContentType("application/json")
            .withBody(json)
            .build();
    return new Exchange(sent, response);
  }

  private Exchange get(String id) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.uri("/tasks/" + id)).timeout(TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return new Exchange(SimpleRequest.Builder.get("/tasks/" + id).build(), response);
  }

  /** Each violation on a line: its level, key, where it is and the validator's message. */
  private static String violations(ValidationReport report) {
    return report.getMessages().stream()
        .map(
            message ->
                "  - "
                    + message.getKey()
                    + message
                        .getContext()
                        .flatMap(ValidationReport.MessageContext::getPointers)
                        .map(p -> " at " + (p.getInstance().isEmpty() ? "/" : p.getInstance()))
                        .orElse("")
                    + message
                        .getContext()
                        .flatMap(ValidationReport.MessageContext::getLocation)
                        .map(l -> " (" + l + ")")
                        .orElse("")
                    + ": "
                    + message.getMessage())
        .collect(Collectors.joining("\n"));
  }

  /** The request the test sent is one the document allows. */
  private static void assertRequestAllowed(Exchange exchange) {
    ValidationReport report = contract.validateRequest(exchange.request());
    assertThat(report.hasErrors())
        .as("the test's own request should agree with tasks.yaml:\n%s", violations(report))
        .isFalse();
  }

  /** The request the test sent is one the document forbids, for the reason given. */
  private static void assertRequestForbidden(Exchange exchange, String key) {
    ValidationReport report = contract.validateRequest(exchange.request());
    assertThat(report.getMessages())
        .as("this request is meant to break tasks.yaml with %s:\n%s", key, violations(report))
        .anyMatch(message -> message.getKey().startsWith(key));
  }

  /** The response that came back agrees with what the document says for this operation. */
  private static void assertResponseAgrees(Exchange exchange) {
    Request request = exchange.request();
    ValidationReport report =
        contract.validateResponse(request.getPath(), request.getMethod(), exchange.wireResponse());
    assertThat(report.hasErrors())
        .as(
            "the response must agree with tasks.yaml for %s %s; the validator found:\n%s%s",
            request.getMethod(), request.getPath(), violations(report), exchange.seen())
        .isFalse();
  }

  private static void assertStatus(Exchange exchange, int status, String why) {
    assertThat(exchange.response().statusCode()).as("%s%s", why, exchange.seen()).isEqualTo(status);
  }

  @Test
  @DisplayName("POST /tasks answers 201 with Location and a Task whose id is an integer")
  void createAnswers201() throws Exception {
    Exchange created = post("{\"title\":\"Write the contract tests\",\"priority\":2}");

    assertRequestAllowed(created);
    assertResponseAgrees(created);
    assertStatus(created, 201, "a POST that creates a resource is documented as 201 Created");
    assertThat(created.response().headers().firstValue("Location"))
        .as("the new task's address%s", created.seen())
        .hasValue("/tasks/1");
    assertThat(created.response().body())
        .as("the Task as the document describes it%s", created.seen())
        .isEqualTo(
            "{\"id\":1,\"title\":\"Write the contract tests\",\"priority\":2,\"done\":false}");
  }

  @Test
  @DisplayName("a task without priority gets the documented default 3, and ids count up from 1")
  void defaultPriorityAndIds() throws Exception {
    Exchange first = post("{\"title\":\"first\"}");
    Exchange second = post("{\"title\":\"second\"}");

    assertRequestAllowed(first);
    assertResponseAgrees(first);
    assertResponseAgrees(second);
    assertThat(second.response().body())
        .as("the second task, with the default priority%s", second.seen())
        .isEqualTo("{\"id\":2,\"title\":\"second\",\"priority\":3,\"done\":false}");
    assertThat(second.response().headers().firstValue("Location"))
        .as("its own address%s", second.seen())
        .hasValue("/tasks/2");
  }

  @Test
  @DisplayName("GET /tasks/{id} answers 200 with the whole Task that POST created")
  void getAnswersTheTask() throws Exception {
    Exchange created = post("{\"title\":\"Read it back\",\"priority\":5}");
    Exchange read = get("1");

    assertRequestAllowed(read);
    assertResponseAgrees(read);
    assertStatus(read, 200, "task 1 exists");
    assertThat(read.response().body())
        .as("every required field of Task, the same as the POST returned%s", read.seen())
        .isEqualTo("{\"id\":1,\"title\":\"Read it back\",\"priority\":5,\"done\":false}");
  }

  @Test
  @DisplayName("GET of an unknown task answers the documented 404 with a Problem")
  void unknownTaskIs404() throws Exception {
    Exchange read = get("42");

    assertRequestAllowed(read);
    assertResponseAgrees(read);
    assertStatus(read, 404, "there is no task 42; the document has 404 for that, nothing else");
    assertThat(read.response().body())
        .as("the Problem's status repeats the HTTP status%s", read.seen())
        .contains("\"status\":404");
  }

  @Test
  @DisplayName("GET with an id that is not a positive integer answers the documented 400")
  void badIdIs400() throws Exception {
    for (String id : List.of("abc", "0", "-3")) {
      Exchange read = get(id);

      assertRequestForbidden(read, "validation.request.parameter");
      assertResponseAgrees(read);
      assertStatus(read, 400, "the path parameter id is an integer, at least 1");
      assertThat(read.response().body())
          .as("the Problem's status repeats the HTTP status%s", read.seen())
          .contains("\"status\":400");
    }
  }

  @Test
  @DisplayName(
      "POST without the required title answers 400 with an application/problem+json Problem")
  void missingTitleIs400() throws Exception {
    Exchange created = post("{\"priority\":1}");

    assertRequestForbidden(created, "validation.request.body.schema.required");
    assertResponseAgrees(created);
    assertStatus(created, 400, "title is required in NewTask");
    assertThat(created.response().body())
        .as("the Problem's status repeats the HTTP status%s", created.seen())
        .contains("\"status\":400");
    assertThat(get("1").response().statusCode()).as("nothing was created").isEqualTo(404);
  }

  @Test
  @DisplayName("POST with fields of the wrong type answers 400")
  void wrongTypesAre400() throws Exception {
    for (String body :
        List.of(
            "{\"title\":42}",
            "{\"title\":\"x\",\"priority\":\"high\"}",
            "{\"title\":\"x\",\"priority\":2.5}")) {
      Exchange created = post(body);

      assertRequestForbidden(created, "validation.request.body.schema.type");
      assertResponseAgrees(created);
      assertStatus(created, 400, "NewTask says title is a string and priority an integer");
    }
  }

  @Test
  @DisplayName(
      "POST breaking a limit of NewTask (length, range, extra field, not an object) answers 400")
  void limitsAre400() throws Exception {
    List<String> bodies =
        List.of(
            "{\"title\":\"\"}",
            "{\"title\":\"" + "x".repeat(101) + "\"}",
            "{\"title\":\"x\",\"priority\":0}",
            "{\"title\":\"x\",\"priority\":6}",
            "{\"title\":\"x\",\"done\":true}",
            "[\"title\"]",
            "{\"title\":");
    for (String body : bodies) {
      Exchange created = post(body);

      assertRequestForbidden(created, "validation.request.body");
      assertResponseAgrees(created);
      assertStatus(created, 400, "the body breaks NewTask");
    }
    Exchange longest = post("{\"title\":\"" + "x".repeat(100) + "\",\"priority\":5}");
    Exchange lowest = post("{\"title\":\"y\",\"priority\":1}");
    assertStatus(longest, 201, "100 characters and priority 5 are still allowed");
    assertStatus(lowest, 201, "a title of 1 character and priority 1 are allowed");
    assertResponseAgrees(lowest);
  }
}
