package dev.roadmapkit.apis.restresource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Exercise {@code apis/rest-resource}: the HTTP semantics of a books resource. {@link BookServer}
 * hands you every request whose path starts with {@code /books}; you return the response.
 *
 * <p>Resources: the collection {@code /books} allows {@code GET, POST}; an item {@code /books/{id}}
 * ({@code id} one or more ASCII digits) allows {@code GET, PUT, DELETE}. Any other path ({@code
 * /books/abc}, {@code /books/1/x}, {@code /booksx}, {@code /books/}) is 404.
 *
 * <p>Decide in this order, the first failing step answers:
 *
 * <ol>
 *   <li>path matches neither resource: 404;
 *   <li>method not allowed on the resource: 405 with {@code Allow: GET, POST} or {@code Allow: GET,
 *       PUT, DELETE} (exactly these, in this order);
 *   <li>POST and PUT: the {@code Content-Type} media type (before any {@code ;} parameters,
 *       trimmed, any case) is not {@code application/json}, or there is none: 415;
 *   <li>POST and PUT: the body is not a JSON object (malformed JSON, an array, a string...): 400;
 *   <li>POST and PUT: validation, every field checked, in the order isbn, title, author: {@code
 *       isbn} must be a JSON string of exactly 13 ASCII digits (reason {@code "must be 13
 *       digits"}), {@code title} and {@code author} must be JSON strings that are not blank (reason
 *       {@code "must not be blank"}); a missing or non-string field fails too. Unknown fields and
 *       an {@code id} in the body are ignored. Any failure: 422;
 *   <li>an item that does not exist (GET, PUT, DELETE): 404;
 *   <li>POST, or PUT of book {@code id}: the ISBN belongs to another stored book: 409.
 * </ol>
 *
 * <p>Successes:
 *
 * <ul>
 *   <li>{@code GET /books}: 200, {@code Content-Type: application/json}, a JSON array of every book
 *       by id ascending ({@code []} when none);
 *   <li>{@code POST /books}: stores the book, 201, {@code Content-Type: application/json}, the
 *       stored book (with its id) as body, and {@code Location:} the absolute URI of the new item:
 *       the request's {@link ApiRequest#origin()} followed by {@code /books/{id}};
 *   <li>{@code GET /books/{id}}: 200 and the book as JSON;
 *   <li>{@code PUT /books/{id}}: replaces the book (same id), 200 and the new book as JSON;
 *   <li>{@code DELETE /books/{id}}: removes it, 204 with no body and no {@code Content-Type}.
 * </ul>
 *
 * <p>Every error (404, 405, 415, 400, 422, 409) has an RFC 9457 body: {@code Content-Type:
 * application/problem+json} and a {@link Problem} whose {@code status} is the response's status and
 * whose {@code instance} is the request's path. Its other members:
 *
 * <table>
 *   <caption>problem members</caption>
 *   <tr><th>status</th><th>type</th><th>title</th><th>detail</th></tr>
 *   <tr><td>404</td><td>{@code about:blank}</td><td>{@code Not Found}</td>
 *       <td>{@code no book at <path>}</td></tr>
 *   <tr><td>405</td><td>{@code about:blank}</td><td>{@code Method Not Allowed}</td>
 *       <td>{@code <method> is not allowed here; allowed: <the Allow value>}</td></tr>
 *   <tr><td>415</td><td>{@code about:blank}</td><td>{@code Unsupported Media Type}</td>
 *       <td>{@code send the book as application/json}</td></tr>
 *   <tr><td>400</td><td>{@link #MALFORMED_JSON}</td><td>{@code Malformed JSON}</td>
 *       <td>{@code the body is not a JSON object}</td></tr>
 *   <tr><td>422</td><td>{@link #INVALID_BOOK}</td><td>{@code Invalid book}</td>
 *       <td>{@code invalid fields: <names, comma and space>} and the {@code errors} member listing
 *       each invalid field with its reason, in the order isbn, title, author</td></tr>
 *   <tr><td>409</td><td>{@link #DUPLICATE_ISBN}</td><td>{@code Duplicate ISBN}</td>
 *       <td>{@code ISBN <isbn> belongs to book <id of the other book>}</td></tr>
 * </table>
 *
 * <p>Write bodies with {@link #json} (a Jackson {@code ObjectMapper}: {@code
 * json.writeValueAsString(book)}, {@code json.readTree(text)}).
 */
public final class BooksApi {

  /** The problem type of a body that is not a JSON object. */
  public static final String MALFORMED_JSON = "https://roadmapkit.dev/problems/malformed-json";

  /** The problem type of a book that fails validation. */
  public static final String INVALID_BOOK = "https://roadmapkit.dev/problems/invalid-book";

  /** The problem type of an ISBN that another book already has. */
  public static final String DUPLICATE_ISBN = "https://roadmapkit.dev/problems/duplicate-isbn";

  private final BookStore store;
  private final ObjectMapper json = new ObjectMapper();

  /** An API over {@code store}. */
  public BooksApi(BookStore store) {
    this.store = store;
  }

  /**
   * Answers one request, as the class documentation specifies.
   *
   * @param request the request, as the server received it
   * @return the response to send
   */
  public ApiResponse handle(ApiRequest request) {
    throw new UnsupportedOperationException(
        "TODO apis/rest-resource: dispatch on path and method, answer with the status, headers and"
            + " body the Javadoc of BooksApi specifies");
  }
}
