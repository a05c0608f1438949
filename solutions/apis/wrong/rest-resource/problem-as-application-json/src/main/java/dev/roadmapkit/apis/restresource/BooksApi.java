package dev.roadmapkit.apis.restresource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise {@code apis/rest-resource}: the HTTP semantics of a books resource.
 *
 * <p>Key idea: every step of the decision (route, method, media type, syntax, validation,
 * existence, conflict) either returns an error response or lets the next step run, so the status
 * code says exactly which step failed, and every error goes through one method that writes the
 * problem body and its media type, so status line and {@code status} member cannot disagree. The
 * trade-off: 422 for a well-formed body that breaks the rules and 400 for one that is not JSON is
 * more precise for clients than 400 for both, at the price of one more status they must know.
 */
public final class BooksApi {

  /** The problem type of a body that is not a JSON object. */
  public static final String MALFORMED_JSON = "https://roadmapkit.dev/problems/malformed-json";

  /** The problem type of a book that fails validation. */
  public static final String INVALID_BOOK = "https://roadmapkit.dev/problems/invalid-book";

  /** The problem type of an ISBN that another book already has. */
  public static final String DUPLICATE_ISBN = "https://roadmapkit.dev/problems/duplicate-isbn";

  private static final Pattern ITEM = Pattern.compile("/books/([0-9]+)");
  private static final Pattern ISBN = Pattern.compile("[0-9]{13}");
  private static final String COLLECTION_METHODS = "GET, POST";
  private static final String ITEM_METHODS = "GET, PUT, DELETE";

  private final BookStore store;
  private final ObjectMapper json = new ObjectMapper();

  /** An API over {@code store}. */
  public BooksApi(BookStore store) {
    this.store = store;
  }

  /**
   * Answers one request, as the class documentation of the exercise specifies.
   *
   * @param request the request, as the server received it
   * @return the response to send
   */
  public ApiResponse handle(ApiRequest request) {
    String path = request.path();
    if (path.equals("/books")) {
      return switch (request.method()) {
        case "GET" -> ok(200, store.all());
        case "POST" -> create(request);
        default -> notAllowed(request, COLLECTION_METHODS);
      };
    }
    Matcher item = ITEM.matcher(path);
    if (!item.matches()) {
      return notFound(request);
    }
    long id;
    try {
      id = Long.parseLong(item.group(1));
    } catch (NumberFormatException tooLong) {
      return notFound(request);
    }
    return switch (request.method()) {
      case "GET" -> store.find(id).map(book -> ok(200, book)).orElseGet(() -> notFound(request));
      case "PUT" -> replace(request, id);
      case "DELETE" -> store.delete(id) ? ApiResponse.status(204) : notFound(request);
      default -> notAllowed(request, ITEM_METHODS);
    };
  }

  private ApiResponse create(ApiRequest request) {
    Input input = read(request);
    if (input.error != null) {
      return input.error;
    }
    Optional<Book> other = store.findByIsbn(input.isbn);
    if (other.isPresent()) {
      return duplicate(request, other.get());
    }
    Book book = store.add(input.isbn, input.title, input.author);
    return ok(201, book).withHeader("Location", request.origin() + "/books/" + book.id());
  }

  private ApiResponse replace(ApiRequest request, long id) {
    Input input = read(request);
    if (input.error != null) {
      return input.error;
    }
    if (store.find(id).isEmpty()) {
      return notFound(request);
    }
    Optional<Book> other = store.findByIsbn(input.isbn).filter(book -> book.id() != id);
    if (other.isPresent()) {
      return duplicate(request, other.get());
    }
    Book book = new Book(id, input.isbn, input.title, input.author);
    store.replace(book);
    return ok(200, book);
  }

  /** The body as a valid book, or the error response (415, 400 or 422) that says why not. */
  private Input read(ApiRequest request) {
    String mediaType =
        request.header("Content-Type").orElse("").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      return Input.failed(
          problem(
              request,
              new Problem(
                  "about:blank",
                  "Unsupported Media Type",
                  415,
                  "send the book as application/json",
                  request.path())));
    }
    JsonNode body;
    try {
      body = json.readTree(request.bodyText());
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      return Input.failed(
          problem(
              request,
              new Problem(
                  MALFORMED_JSON,
                  "Malformed JSON",
                  400,
                  "the body is not a JSON object",
                  request.path())));
    }
    List<InvalidField> errors = new ArrayList<>();
    String isbn = text(body, "isbn");
    if (isbn == null || !ISBN.matcher(isbn).matches()) {
      errors.add(new InvalidField("isbn", "must be 13 digits"));
    }
    String title = text(body, "title");
    if (title == null || title.isBlank()) {
      errors.add(new InvalidField("title", "must not be blank"));
    }
    String author = text(body, "author");
    if (author == null || author.isBlank()) {
      errors.add(new InvalidField("author", "must not be blank"));
    }
    if (!errors.isEmpty()) {
      List<String> names = errors.stream().map(InvalidField::field).toList();
      return Input.failed(
          problem(
              request,
              new Problem(
                  INVALID_BOOK,
                  "Invalid book",
                  422,
                  "invalid fields: " + String.join(", ", names),
                  request.path(),
                  errors)));
    }
    return new Input(isbn, title, author, null);
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  private ApiResponse ok(int status, Object body) {
    return ApiResponse.status(status).withBody("application/json", write(body));
  }

  private ApiResponse notFound(ApiRequest request) {
    return problem(
        request,
        new Problem(
            "about:blank", "Not Found", 404, "no book at " + request.path(), request.path()));
  }

  private ApiResponse notAllowed(ApiRequest request, String allowed) {
    return problem(
            request,
            new Problem(
                "about:blank",
                "Method Not Allowed",
                405,
                request.method() + " is not allowed here; allowed: " + allowed,
                request.path()))
        .withHeader("Allow", allowed);
  }

  private ApiResponse duplicate(ApiRequest request, Book other) {
    return problem(
        request,
        new Problem(
            DUPLICATE_ISBN,
            "Duplicate ISBN",
            409,
            "ISBN " + other.isbn() + " belongs to book " + other.id(),
            request.path()));
  }

  /** The one place an error response is made: its status comes from the problem itself. */
  private ApiResponse problem(ApiRequest request, Problem problem) {
    return ApiResponse.status(problem.status()).withBody("application/json", write(problem));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value, e);
    }
  }

  /** A parsed body: either the three fields or the error response. */
  private record Input(String isbn, String title, String author, ApiResponse error) {
    static Input failed(ApiResponse error) {
      return new Input(null, null, null, error);
    }
  }
}
