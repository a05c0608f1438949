package dev.roadmapkit.architecture.idempotencykeys;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Exercise {@code architecture/idempotency-keys}: makes an unsafe endpoint (say {@code POST
 * /payments}) safe to retry. A client that did not get an answer (a timeout, a dropped connection)
 * sends the same request again with the same {@code Idempotency-Key} header; the payment must still
 * happen once.
 *
 * <p>The contract of {@link #handle}:
 *
 * <ul>
 *   <li>A request without the header goes straight to the handler, every time.
 *   <li>A header that is blank gets {@code 400} with the body {@code Idempotency-Key must not be
 *       blank}, and the handler is not called.
 *   <li>The first request with a key runs the handler; its response is stored under the key,
 *       together with the request's fingerprint: method, path and body.
 *   <li>A later request with the same key and the same fingerprint gets the stored response, the
 *       very same object, and the handler is not called.
 *   <li>Requests with the same key that arrive <em>while the first one is still running</em> wait
 *       for it and get its response: however many threads send the key at once, the handler runs
 *       once. Requests with different keys never wait for each other.
 *   <li>A request with a known key but a different fingerprint (the client reused a key for another
 *       payment) gets {@code 422} with the body {@code Idempotency-Key '<key>' was already used for
 *       a different request}, at once, without waiting and without calling the handler.
 *   <li>If the handler throws, the key is forgotten, so that the client's retry runs the handler
 *       again; every request that was waiting for that run gets the same exception.
 *   <li>A stored response is kept for {@code retention}, counted from when the handler returned, on
 *       the injected {@link Clock}. From that instant on, the key is new again.
 * </ul>
 *
 * <p>Hint at the design: a {@code ConcurrentHashMap} from key to an entry holding the fingerprint
 * and a {@code CompletableFuture<HttpResponse>}; deciding who runs the handler must be atomic.
 */
public final class IdempotencyFilter {

  /** The name of the header. */
  public static final String HEADER = "Idempotency-Key";

  /**
   * Creates the filter.
   *
   * @param handler the endpoint behind the filter
   * @param retention how long a response is kept; positive
   * @param clock where the current time comes from
   * @throws IllegalArgumentException if the retention is not positive, naming it
   */
  public IdempotencyFilter(
      Function<HttpRequest, HttpResponse> handler, Duration retention, Clock clock) {
    throw new UnsupportedOperationException(
        "TODO architecture/idempotency-keys: check the retention, keep the arguments, and create"
            + " a ConcurrentHashMap for the entries");
  }

  /** Handles {@code request} as the contract above says. */
  public HttpResponse handle(HttpRequest request) {
    throw new UnsupportedOperationException(
        "TODO architecture/idempotency-keys: no key: call the handler; otherwise atomically find"
            + " or create the key's entry (compute), run the handler if you created it, else"
            + " compare fingerprints and wait for the entry's future");
  }
}
