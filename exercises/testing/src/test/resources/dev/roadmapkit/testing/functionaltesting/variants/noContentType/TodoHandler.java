package dev.roadmapkit.testing.functionaltesting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The todo API of {@link TodoServer}: routing, validation and the todos, kept in memory. */
final class TodoHandler implements HttpHandler {

  /** The longest title accepted. */
  static final int MAX_TITLE = 100;

  /** How many todos a list holds without a {@code limit}. */
  static final int DEFAULT_LIMIT = 20;

  /** The largest {@code limit} accepted. */
  static final int MAX_LIMIT = 100;

  private static final String JSON_TYPE = "application/json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Long, String> titles = new LinkedHashMap<>();
  private long nextId = 1;

  /** A response to send: a status, headers, and a JSON body or none. */
  private record Response(int status, Map<String, String> headers, Optional<JsonNode> body) {
    static Response json(int status, JsonNode body) {
      return new Response(status, Map.of(), Optional.of(body));
    }

    static Response error(int status, String message) {
      return json(status, JSON.createObjectNode().put("error", message));
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Response response;
      synchronized (this) {
        response = respond(exchange);
      }
      response.headers().forEach(exchange.getResponseHeaders()::set);
      if (response.body().isEmpty()) {
        exchange.sendResponseHeaders(response.status(), -1);
        return;
      }
      byte[] bytes = JSON.writeValueAsBytes(response.body().get());
      exchange.sendResponseHeaders(response.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } finally {
      exchange.close();
    }
  }

  private Response respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/todos")) {
      return switch (method) {
        case "GET" -> list(exchange.getRequestURI().getRawQuery());
        case "POST" ->
            create(
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestBody().readAllBytes());
        default -> notAllowed("GET, POST");
      };
    }
    if (path.startsWith("/todos/")) {
      Optional<Long> id = id(path.substring("/todos/".length()));
      if (id.isEmpty()) {
        return Response.error(404, "no such path: " + path);
      }
      return switch (method) {
        case "GET" -> find(id.get());
        case "DELETE" -> delete(id.get());
        default -> notAllowed("GET, DELETE");
      };
    }
    return Response.error(404, "no such path: " + path);
  }

  private Response create(String contentType, byte[] body) {
    if (contentType == null || !mediaType(contentType).equals(JSON_TYPE)) {
      return Response.error(415, "send the todo as " + JSON_TYPE);
    }
    JsonNode title;
    try {
      JsonNode json = JSON.readTree(new String(body, StandardCharsets.UTF_8));
      if (!json.isObject()) {
        return Response.error(400, "the body must be a JSON object with a title");
      }
      title = json.path("title");
    } catch (JsonProcessingException e) {
      return Response.error(400, "the body is not JSON: " + e.getOriginalMessage());
    }
    if (!title.isTextual() || title.asText().isBlank()) {
      return Response.error(400, "a todo needs a title");
    }
    if (title.asText().length() > MAX_TITLE) {
      return Response.error(400, "a title has at most " + MAX_TITLE + " characters");
    }
    long id = nextId++;
    titles.put(id, title.asText());
    return new Response(201, Map.of("Location", "/todos/" + id), Optional.of(todo(id)));
  }

  private Response list(String query) {
    int limit = DEFAULT_LIMIT;
    if (query != null && query.startsWith("limit=")) {
      try {
        limit = Integer.parseInt(query.substring("limit=".length()));
      } catch (NumberFormatException e) {
        return Response.error(400, "limit must be a number");
      }
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      return Response.error(400, "limit must be from 1 to " + MAX_LIMIT + ", was " + limit);
    }
    ArrayNode page = JSON.createArrayNode();
    for (Long id : titles.keySet()) {
      if (page.size() >= limit) {
        break;
      }
      page.add(todo(id));
    }
    return Response.json(200, page);
  }

  private Response find(long id) {
    if (!titles.containsKey(id)) {
      return Response.error(404, "no todo " + id);
    }
    return Response.json(200, todo(id));
  }

  private Response delete(long id) {
    if (titles.remove(id) == null) {
      return Response.error(404, "no todo " + id);
    }
    return new Response(204, Map.of(), Optional.empty());
  }

  private static Response notAllowed(String allowed) {
    return new Response(
        405,
        Map.of("Allow", allowed),
        Optional.of(JSON.createObjectNode().put("error", "allowed: " + allowed)));
  }

  private ObjectNode todo(long id) {
    return JSON.createObjectNode().put("id", id).put("title", titles.get(id));
  }

  /** The media type of a Content-Type header, without parameters, in lower case. */
  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<Long> id(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
