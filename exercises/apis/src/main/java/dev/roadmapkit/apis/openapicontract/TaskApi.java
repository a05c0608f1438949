package dev.roadmapkit.apis.openapicontract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exercise {@code apis/openapi-contract}: this tasks API works, but it does not agree with its
 * contract, the OpenAPI 3.0 document {@code
 * src/test/resources/dev/roadmapkit/apis/openapicontract/tasks.yaml}. Read the document, then fix
 * this class until every request and response the tests exchange with it validates.
 *
 * <p>What the document says, in short:
 *
 * <ul>
 *   <li>{@code POST /tasks} takes a {@code NewTask} as {@code application/json}: {@code title} (a
 *       string of 1 to 100 characters, required), {@code priority} (an integer from 1 to 5, default
 *       3), no other field. It answers {@code 201} with {@code Location: /tasks/{id}} and the
 *       {@code Task} as {@code application/json}: {@code id} (an integer, 1 for the first task,
 *       then 2, 3, ...), {@code title}, {@code priority}, {@code done} (false for a new task), all
 *       required, no other field.
 *   <li>A body that breaks {@code NewTask} (not JSON, not an object, title missing or not a string
 *       or empty or too long, priority not an integer from 1 to 5, an unknown field) is {@code 400}
 *       with a {@code Problem} as {@code application/problem+json} (RFC 9457): {@code type}, {@code
 *       title}, {@code status} (the same number as the HTTP status), all required, and {@code
 *       detail} saying what was wrong.
 *   <li>{@code GET /tasks/{id}} answers {@code 200} with the {@code Task}, {@code 400} (a Problem)
 *       when the id is not a positive integer, {@code 404} (a Problem) when there is no such task.
 *       No other status is documented.
 * </ul>
 *
 * <p>{@link TaskServer} calls {@link #create} and {@link #find} with what came over the wire.
 */
public final class TaskApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Long, Task> tasks = new ConcurrentHashMap<>();
  private final AtomicLong lastId = new AtomicLong();

  /** {@code POST /tasks}: 201 with the Task and its Location, or 400 with a Problem. */
  public ApiReply create(Optional<String> contentType, String body) {
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return error(422, "the body is not JSON");
    }
    if (request == null || !request.hasNonNull("title")) {
      return error(422, "title is required");
    }
    int priority = request.path("priority").asInt(3);
    Task task = new Task(lastId.incrementAndGet(), request.get("title").asText(), priority, false);
    tasks.put(task.id(), task);
    return new ApiReply(200, Map.of("Content-Type", "application/json"), json(task));
  }

  /** {@code GET /tasks/{id}}: 200 with the Task, 400 for an id that is not one, 404 if unknown. */
  public ApiReply find(String id) {
    long key;
    try {
      key = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return error(404, "not found");
    }
    Task task = tasks.get(key);
    if (task == null) {
      return new ApiReply(204, Map.of(), "");
    }
    ObjectNode node = (ObjectNode) JSON.valueToTree(task);
    node.remove("done");
    return new ApiReply(200, Map.of("Content-Type", "application/json"), node.toString());
  }

  private static String json(Task task) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", String.valueOf(task.id()));
    node.put("title", task.title());
    node.put("priority", task.priority());
    node.put("done", task.done());
    return node.toString();
  }

  private static ApiReply error(int status, String message) {
    ObjectNode node = JSON.createObjectNode();
    node.put("error", message);
    return new ApiReply(status, Map.of("Content-Type", "application/json"), node.toString());
  }
}
