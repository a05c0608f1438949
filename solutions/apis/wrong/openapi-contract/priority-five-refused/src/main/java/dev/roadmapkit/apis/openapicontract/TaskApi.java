package dev.roadmapkit.apis.openapicontract;

// Key idea: the OpenAPI document is the contract, so the code mirrors it line by line: NewTask's
// rules decide what a POST may carry (title a string of 1..100 characters, priority an integer
// 1..5 defaulting to 3, no other field), and every answer is one of the documented statuses with
// its documented media type and schema: Task as application/json with a numeric id, every error
// as application/problem+json with type, title and status. Trade-off: the checks are written by
// hand next to the document and can drift from it; the contract tests are what keeps them in step.

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The tasks API of {@code tasks.yaml}: {@code POST /tasks} and {@code GET /tasks/{id}}. */
public final class TaskApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NEW_TASK_FIELDS = Set.of("title", "priority");

  private final Map<Long, Task> tasks = new ConcurrentHashMap<>();
  private final AtomicLong lastId = new AtomicLong();

  /** {@code POST /tasks}: 201 with the Task and its Location, or 400 with a Problem. */
  public ApiReply create(Optional<String> contentType, String body) {
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return problem(400, "Bad request", "the body is not JSON");
    }
    if (request == null || !request.isObject()) {
      return problem(400, "Bad request", "the body must be a JSON object (NewTask)");
    }
    for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!NEW_TASK_FIELDS.contains(name)) {
        return problem(400, "Bad request", "unknown field " + name);
      }
    }
    JsonNode title = request.get("title");
    if (title == null || !title.isTextual()) {
      return problem(400, "Bad request", "title is required and must be a string");
    }
    int length = title.textValue().length();
    if (length < 1 || length > 100) {
      return problem(400, "Bad request", "title must have 1 to 100 characters");
    }
    JsonNode priority = request.get("priority");
    int level = 3;
    if (priority != null) {
      if (!priority.isInt() || priority.intValue() < 1 || priority.intValue() >= 5) {
        return problem(400, "Bad request", "priority must be an integer from 1 to 5");
      }
      level = priority.intValue();
    }
    Task task = new Task(lastId.incrementAndGet(), title.textValue(), level, false);
    tasks.put(task.id(), task);
    return new ApiReply(
        201,
        Map.of("Content-Type", "application/json", "Location", "/tasks/" + task.id()),
        json(task));
  }

  /** {@code GET /tasks/{id}}: 200 with the Task, 400 for an id that is not one, 404 if unknown. */
  public ApiReply find(String id) {
    long key;
    try {
      key = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return problem(400, "Bad request", "the id must be a positive integer, not " + id);
    }
    if (key < 1) {
      return problem(400, "Bad request", "the id must be a positive integer, not " + id);
    }
    Task task = tasks.get(key);
    if (task == null) {
      return problem(404, "Not found", "there is no task " + key);
    }
    return new ApiReply(200, Map.of("Content-Type", "application/json"), json(task));
  }

  private static String json(Task task) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", task.id());
    node.put("title", task.title());
    node.put("priority", task.priority());
    node.put("done", task.done());
    return node.toString();
  }

  private static ApiReply problem(int status, String title, String detail) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "about:blank");
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    return new ApiReply(
        status, Map.of("Content-Type", "application/problem+json"), node.toString());
  }
}
