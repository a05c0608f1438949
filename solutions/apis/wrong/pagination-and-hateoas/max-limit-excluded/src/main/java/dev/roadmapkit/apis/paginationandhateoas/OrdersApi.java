package dev.roadmapkit.apis.paginationandhateoas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise {@code apis/pagination-and-hateoas}: keyset (cursor) pagination with HAL links.
 *
 * <p>Key idea: a cursor names the last order seen, not a position, so the next page is "ids greater
 * than that", which inserts anywhere cannot shift; asking the store for one order more than the
 * page (limit + 1) tells whether a {@code next} link is due without an empty last page. The
 * trade-off: a client can only walk forward from a place it has seen, never jump to page 7, and a
 * cursor is tied to the sort key (here the unique id).
 */
public final class OrdersApi {

  /** The page size when the request has no {@code limit}. */
  public static final int DEFAULT_LIMIT = 20;

  /** The largest page size a client may ask for. */
  public static final int MAX_LIMIT = 100;

  /** The problem type of a bad {@code limit}. */
  public static final String INVALID_LIMIT = "https://roadmapkit.dev/problems/invalid-limit";

  /** The problem type of a bad {@code cursor}. */
  public static final String INVALID_CURSOR = "https://roadmapkit.dev/problems/invalid-cursor";

  private static final Pattern LIMIT = Pattern.compile("[0-9]{1,3}");
  private static final Pattern CURSOR = Pattern.compile("after:([0-9]{1,18})");

  private final OrderStore store;
  private final ObjectMapper json = new ObjectMapper();

  /** An API over {@code store}. */
  public OrdersApi(OrderStore store) {
    this.store = store;
  }

  /**
   * The cursor of the page after the order with id {@code id}: {@code after:<id>} as base64url
   * without padding.
   *
   * @param id the id of the last order of a page
   * @return the opaque cursor
   */
  public static String cursorAfter(long id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("after:" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The id a cursor names, or empty when it is not one this API gave out. */
  private static Optional<Long> decode(String cursor) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    Matcher matcher = CURSOR.matcher(text);
    return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
  }

  /**
   * Answers {@code GET /orders}, as the class documentation of the exercise specifies.
   *
   * @param origin the server as the client addressed it, {@code http://127.0.0.1:54321}
   * @param query the decoded query parameters (the first value of each); others are ignored
   * @return the page, or a 400 problem
   */
  public ApiResponse list(URI origin, Map<String, String> query) {
    String limitText = query.getOrDefault("limit", String.valueOf(DEFAULT_LIMIT));
    int limit = LIMIT.matcher(limitText).matches() ? Integer.parseInt(limitText) : 0;
    if (limit < 1 || limit >= MAX_LIMIT) {
      return problem(INVALID_LIMIT, "Invalid limit", "limit must be an integer from 1 to 100");
    }
    String cursor = query.get("cursor");
    long after = -1;
    if (cursor != null) {
      Optional<Long> id = decode(cursor);
      if (id.isEmpty()) {
        return problem(INVALID_CURSOR, "Invalid cursor", "the cursor is not one this API gave out");
      }
      after = id.get();
    }
    long start = after;
    List<Order> window =
        store.all().stream().filter(order -> order.id() > start).limit(limit + 1L).toList();
    List<Order> page = window.subList(0, Math.min(limit, window.size()));

    String base = origin + "/orders?limit=" + limit;
    ObjectNode body = json.createObjectNode();
    body.putObject("_embedded").set("orders", json.valueToTree(page));
    ObjectNode links = body.putObject("_links");
    links.putObject("self").put("href", cursor == null ? base : base + "&cursor=" + cursor);
    if (window.size() > limit) {
      links
          .putObject("next")
          .put("href", base + "&cursor=" + cursorAfter(page.get(page.size() - 1).id()));
    }
    return ApiResponse.status(200).withBody("application/hal+json", write(body));
  }

  private ApiResponse problem(String type, String title, String detail) {
    return ApiResponse.status(400)
        .withBody(
            "application/problem+json", write(new Problem(type, title, 400, detail, "/orders")));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value, e);
    }
  }
}
