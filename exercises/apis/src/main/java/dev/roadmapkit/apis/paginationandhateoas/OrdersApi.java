package dev.roadmapkit.apis.paginationandhateoas;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;

/**
 * Exercise {@code apis/pagination-and-hateoas}: {@code GET /orders} page by page, with cursors and
 * HAL links, so that a client that follows {@code next} to the end sees every order that existed
 * when it started exactly once, even while other clients insert orders between its requests.
 *
 * <p>Orders are listed by id ascending. Query parameters:
 *
 * <ul>
 *   <li>{@code limit}: the page size, a decimal integer from 1 to {@link #MAX_LIMIT}; {@link
 *       #DEFAULT_LIMIT} when absent. Anything else ({@code 0}, {@code -1}, {@code 101}, {@code
 *       abc}, empty) is a 400 problem of type {@link #INVALID_LIMIT}, title {@code Invalid limit},
 *       detail {@code limit must be an integer from 1 to 100}.
 *   <li>{@code cursor}: absent for the first page; otherwise a value this API put in a {@code next}
 *       link. It names the last order of the page before (by id), not a position: the page holds
 *       the orders whose id is greater, so orders inserted before it move nothing. Encode it
 *       opaquely as {@link #cursorAfter(long)} says. A value that does not decode to such a cursor
 *       (not base64url, another text, a bare page number, empty) is a 400 problem of type {@link
 *       #INVALID_CURSOR}, title {@code Invalid cursor}, detail {@code the cursor is not one this
 *       API gave out}; never a 500. The limit is checked first.
 * </ul>
 *
 * <p>A page is 200 with {@code Content-Type: application/hal+json} and the body {@code
 * {"_embedded":{"orders":[...]},"_links":{"self":{"href":...},"next":{"href":...}}}}: the orders of
 * the page (at most {@code limit}, {@code []} when none) as {@link Order} JSON, and links that are
 * absolute URIs made from {@code origin}:
 *
 * <ul>
 *   <li>{@code self}: {@code <origin>/orders?limit=<limit>}, followed by {@code &cursor=<cursor>}
 *       when the request had one ({@code limit} is the effective one, so a request without it gets
 *       {@code limit=20});
 *   <li>{@code next}: {@code <origin>/orders?limit=<limit>&cursor=<cursorAfter(id of the last order
 *       of this page)>}, present only when an order with a greater id exists (look one order
 *       further than the page); absent on the last page.
 * </ul>
 *
 * <p>There is no {@code prev} link: a forward cursor names a place, and the page before it is not a
 * fixed set once orders are inserted before that place; a client that wants to go back keeps the
 * {@code self} links it followed.
 *
 * <p>Every problem has {@code Content-Type: application/problem+json}, {@code status} 400 and
 * {@code instance} {@code /orders}. Write bodies with {@link #json}.
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

  private final OrderStore store;
  private final ObjectMapper json = new ObjectMapper();

  /** An API over {@code store}. */
  public OrdersApi(OrderStore store) {
    this.store = store;
  }

  /**
   * The cursor of the page after the order with id {@code id}: the text {@code after:<id>} (for
   * example {@code after:42}) in UTF-8, encoded as base64url without padding ({@code
   * Base64.getUrlEncoder().withoutPadding()}), safe in a query string as it is.
   *
   * @param id the id of the last order of a page
   * @return the opaque cursor
   */
  public static String cursorAfter(long id) {
    throw new UnsupportedOperationException(
        "TODO apis/pagination-and-hateoas: encode \"after:<id>\" as base64url without padding");
  }

  /**
   * Answers {@code GET /orders}, as the class documentation specifies.
   *
   * @param origin the server as the client addressed it, {@code http://127.0.0.1:54321}
   * @param query the decoded query parameters (the first value of each); others are ignored
   * @return the page, or a 400 problem
   */
  public ApiResponse list(URI origin, Map<String, String> query) {
    throw new UnsupportedOperationException(
        "TODO apis/pagination-and-hateoas: validate limit and cursor, then answer the HAL page");
  }
}
