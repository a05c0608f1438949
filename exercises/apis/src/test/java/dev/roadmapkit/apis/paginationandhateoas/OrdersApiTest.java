package dev.roadmapkit.apis.paginationandhateoas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Your OrdersApi behind a real HTTP server ({@link OrderServer}, 127.0.0.1 and an ephemeral port),
 * read by a client ({@code java.net.http.HttpClient}) that follows the HAL {@code next} links.
 * Other clients' inserts are made between two page requests, at chosen points, never by timing.
 */
@DisplayName("apis/pagination-and-hateoas: OrdersApi over HTTP")
class OrdersApiTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final OrderStore store = new OrderStore();
  private OrderServer server;

  @BeforeEach
  void start() throws Exception {
    server = OrderServer.start(new OrdersApi(store));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void orders(long... ids) {
    for (long id : ids) {
      store.add(new Order(id, "customer-" + id, id * 100));
    }
  }

  private static String orderJson(long id) {
    return "{\"id\":" + id + ",\"customer\":\"customer-" + id + "\",\"cents\":" + id * 100 + "}";
  }

  private static String cursor(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String uri) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> getOrders(String query) throws Exception {
    return get(server.origin() + "/orders" + query);
  }

  /** The media type of the response's Content-Type, without parameters, in lower case. */
  private static String mediaType(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .map(value -> value.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))
        .orElse("(no Content-Type)");
  }

  private static String seen(HttpResponse<String> response) {
    return "got "
        + response.statusCode()
        + ", headers "
        + response.headers().map()
        + ", body \""
        + response.body()
        + "\"";
  }

  /** A HAL page: status, media type, and the whole body. */
  private void expectPage(HttpResponse<String> response, String expectedBody, String why)
      throws Exception {
    assertThat(response.statusCode()).as("%s: 200 (%s)", why, seen(response)).isEqualTo(200);
    assertThat(mediaType(response))
        .as(
            "%s: a HAL document is labelled Content-Type: application/hal+json (%s)",
            why, seen(response))
        .isEqualTo("application/hal+json");
    assertThat(json.readTree(response.body()))
        .as("%s: the HAL body, with _embedded.orders and absolute _links (%s)", why, seen(response))
        .isEqualTo(json.readTree(expectedBody));
  }

  private String page(String self, String next, long... ids) {
    String orders =
        LongStream.of(ids).mapToObj(OrdersApiTest::orderJson).collect(Collectors.joining(","));
    return "{\"_embedded\":{\"orders\":["
        + orders
        + "]},\"_links\":{\"self\":{\"href\":\""
        + server.origin()
        + self
        + "\"}"
        + (next == null ? "" : ",\"next\":{\"href\":\"" + server.origin() + next + "\"}")
        + "}}";
  }

  private void expectProblem(
      HttpResponse<String> response, String type, String title, String detail) throws Exception {
    assertThat(response.statusCode())
        .as("a bad request is 400 with a problem \"%s\", never a 500 (%s)", title, seen(response))
        .isEqualTo(400);
    assertThat(mediaType(response))
        .as("a problem is labelled application/problem+json (%s)", seen(response))
        .isEqualTo("application/problem+json");
    assertThat(json.readTree(response.body()))
        .as("every member of the RFC 9457 problem (%s)", seen(response))
        .isEqualTo(
            json.readTree(
                "{\"type\":\""
                    + type
                    + "\",\"title\":\""
                    + title
                    + "\",\"status\":400,\"detail\":\""
                    + detail
                    + "\",\"instance\":\"/orders\"}"));
  }

  /**
   * Follows next links from the first page to the end, calling {@code between} with the number of
   * pages read so far before each next request; returns the ids in the order they came.
   */
  private List<Long> readAll(int limit, Consumer<Integer> between) throws Exception {
    List<Long> ids = new ArrayList<>();
    String uri = server.origin() + "/orders?limit=" + limit;
    for (int pages = 1; ; pages++) {
      HttpResponse<String> response = get(uri);
      assertThat(response.statusCode())
          .as("page %d (%s) must be 200 (%s)", pages, uri, seen(response))
          .isEqualTo(200);
      JsonNode body = json.readTree(response.body());
      body.path("_embedded").path("orders").forEach(order -> ids.add(order.get("id").asLong()));
      assertThat(pages)
          .as("following next must come to an end; ids so far %s (%s)", ids, seen(response))
          .isLessThan(100);
      JsonNode next = body.path("_links").path("next");
      if (next.isMissingNode()) {
        return ids;
      }
      uri = next.path("href").asText();
      assertThat(uri)
          .as(
              "a next link a client can follow is an absolute URI on this server (%s)",
              seen(response))
          .startsWith(server.origin() + "/orders?");
      between.accept(pages);
    }
  }

  @Test
  @DisplayName("the first page has the first orders by id, an absolute self link and a next link")
  void firstPage() throws Exception {
    orders(40, 10, 30, 50, 20);
    expectPage(
        getOrders("?limit=2"),
        page("/orders?limit=2", "/orders?limit=2&cursor=" + cursor("after:20"), 10, 20),
        "GET /orders?limit=2 over orders 10..50");
  }

  @Test
  @DisplayName("following next gives every order once, and the last page has no next")
  void followToTheEnd() throws Exception {
    orders(10, 20, 30, 40, 50);
    String second = "/orders?limit=2&cursor=" + cursor("after:20");
    String third = "/orders?limit=2&cursor=" + cursor("after:40");
    expectPage(get(server.origin() + second), page(second, third, 30, 40), "the second page");
    expectPage(
        get(server.origin() + third),
        page(third, null, 50),
        "the third and last page: no next link, there is nothing after 50");
    assertThat(readAll(2, pages -> {}))
        .as("a client following next reads 10..50 in order, each once")
        .containsExactly(10L, 20L, 30L, 40L, 50L);
  }

  @Test
  @DisplayName("when the orders fill the last page exactly, it has no next link")
  void exactlyFullLastPage() throws Exception {
    orders(1, 2, 3, 4);
    String second = "/orders?limit=2&cursor=" + cursor("after:2");
    expectPage(
        get(server.origin() + second),
        page(second, null, 3, 4),
        "4 orders, limit 2: the second page is the last; a next link would lead to an empty page");
    expectPage(
        getOrders("?limit=4"),
        page("/orders?limit=4", null, 1, 2, 3, 4),
        "4 orders, limit 4: one page, no next");
  }

  @Test
  @DisplayName("no orders: an empty page without next; a cursor past the end: empty too")
  void emptyPages() throws Exception {
    expectPage(getOrders("?limit=3"), page("/orders?limit=3", null), "an empty store");
    orders(7);
    String past = "/orders?limit=3&cursor=" + cursor("after:7");
    expectPage(get(server.origin() + past), page(past, null), "a cursor after the last order");
  }

  @Test
  @DisplayName("without limit the page holds 20 orders and the links say limit=20")
  void defaultLimit() throws Exception {
    orders(LongStream.rangeClosed(1, 25).toArray());
    expectPage(
        getOrders(""),
        page(
            "/orders?limit=20",
            "/orders?limit=20&cursor=" + cursor("after:20"),
            LongStream.rangeClosed(1, 20).toArray()),
        "GET /orders without limit over 25 orders");
  }

  @Test
  @DisplayName("limit 1 and limit 100 (the maximum) are accepted")
  void limitBounds() throws Exception {
    orders(LongStream.rangeClosed(1, 101).toArray());
    expectPage(
        getOrders("?limit=1"),
        page("/orders?limit=1", "/orders?limit=1&cursor=" + cursor("after:1"), 1),
        "limit=1");
    expectPage(
        getOrders("?limit=100"),
        page(
            "/orders?limit=100",
            "/orders?limit=100&cursor=" + cursor("after:100"),
            LongStream.rangeClosed(1, 100).toArray()),
        "limit=100, the maximum, over 101 orders");
  }

  @ParameterizedTest(name = "limit={0}")
  @ValueSource(strings = {"0", "-1", "101", "1000", "abc", "", "2.5", "99999999999"})
  @DisplayName("a limit that is not an integer from 1 to 100 is a 400 problem")
  void invalidLimit(String limit) throws Exception {
    orders(1, 2, 3);
    expectProblem(
        getOrders("?limit=" + limit),
        OrdersApi.INVALID_LIMIT,
        "Invalid limit",
        "limit must be an integer from 1 to 100");
  }

  @ParameterizedTest(name = "cursor={0}")
  @ValueSource(
      strings = {"!!!", "2", "cGFnZToy", "YWZ0ZXI6YWJj", "YWZ0ZXI6", "", "YWZ0ZXI6LTE", "%2F%2F"})
  @DisplayName("a cursor this API did not give out is a 400 problem, never a 500")
  void tamperedCursor(String cursor) throws Exception {
    orders(1, 2, 3);
    expectProblem(
        getOrders("?limit=2&cursor=" + cursor),
        OrdersApi.INVALID_CURSOR,
        "Invalid cursor",
        "the cursor is not one this API gave out");
  }

  @Test
  @DisplayName("the limit is checked before the cursor")
  void limitFirst() throws Exception {
    expectProblem(
        getOrders("?limit=0&cursor=!!!"),
        OrdersApi.INVALID_LIMIT,
        "Invalid limit",
        "limit must be an integer from 1 to 100");
  }

  @Test
  @DisplayName("the cursor is base64url without padding of after:<id>")
  void cursorEncoding() {
    assertThat(OrdersApi.cursorAfter(42))
        .as("cursorAfter(42) encodes the text after:42")
        .isEqualTo(cursor("after:42"))
        .isEqualTo("YWZ0ZXI6NDI");
    assertThat(OrdersApi.cursorAfter(1_000_000_000_000L))
        .as("ids beyond int encode whole")
        .isEqualTo(cursor("after:1000000000000"));
  }

  @Test
  @DisplayName("inserts before and after the cursor between pages: every order once, none skipped")
  void stableUnderInserts() throws Exception {
    long[] original = LongStream.rangeClosed(1, 10).map(i -> i * 10).toArray();
    orders(original);
    List<Long> seenIds =
        readAll(
            3,
            pages -> {
              switch (pages) {
                case 1 -> orders(5, 15, 25, 35); // 3 before the cursor (30), 1 after it
                case 2 -> orders(1, 2, 3, 55, 1000); // 3 before the cursor (60), 2 after it
                case 3 -> orders(4, 6, 7, 8, 9, 11, 12); // all before the cursor (90)
                default -> {}
              }
            });
    assertThat(seenIds)
        .as(
            "another client inserted orders between this client's page requests; following"
                + " next must still give each order that existed at the start exactly once (%s)",
            seenIds)
        .doesNotHaveDuplicates()
        .containsAll(LongStream.of(original).boxed().toList());
    assertThat(seenIds)
        .as(
            "pages continue after the last id seen: orders inserted after the cursor show up,"
                + " those inserted before it do not shift anything")
        .containsExactly(10L, 20L, 30L, 35L, 40L, 50L, 55L, 60L, 70L, 80L, 90L, 100L, 1000L);
  }

  @Test
  @DisplayName("a next link stays valid while orders are inserted before it")
  void nextLinkIsAPlaceNotAPosition() throws Exception {
    orders(10, 20, 30, 40);
    HttpResponse<String> first = getOrders("?limit=2");
    expectPage(
        first,
        page("/orders?limit=2", "/orders?limit=2&cursor=" + cursor("after:20"), 10, 20),
        "the first page of orders 10..40");
    String next = json.readTree(first.body()).path("_links").path("next").path("href").asText();
    orders(1, 2, 3, 4, 5);
    expectPage(
        get(next),
        page("/orders?limit=2&cursor=" + cursor("after:20"), null, 30, 40),
        "after 5 orders were inserted before it, the next link still gives 30 and 40");
  }
}
