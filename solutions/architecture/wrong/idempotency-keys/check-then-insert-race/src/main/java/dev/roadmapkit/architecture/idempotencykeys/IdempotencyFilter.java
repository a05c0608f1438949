package dev.roadmapkit.architecture.idempotencykeys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs a request once per {@code Idempotency-Key}: replays and concurrent duplicates get the first
 * run's response.
 *
 * <p>Reference solution. The key idea: the map stores a <em>promise</em> of the response (a {@link
 * CompletableFuture}) as soon as a key is first seen, inside one atomic {@code compute}, so exactly
 * one caller wins the right to run the handler and every duplicate, early or late, waits on the
 * same future. The fingerprint turns the reuse of a key for a different request into a clear 422
 * instead of a wrong replay. The trade-off: responses live in this process's memory; a service with
 * several instances keeps them in a shared store (a database table with the key as primary key),
 * where an insert that fails on the key plays the part of {@code compute}.
 */
public final class IdempotencyFilter {

  /** The name of the header. */
  public static final String HEADER = "Idempotency-Key";

  private final Function<HttpRequest, HttpResponse> handler;
  private final Duration retention;
  private final Clock clock;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** A key's request fingerprint and its response, to come or stored. */
  private static final class Entry {
    final String fingerprint;
    final CompletableFuture<HttpResponse> response = new CompletableFuture<>();

    /** When the stored response expires; null while the handler is still running. */
    volatile Instant keptUntil;

    Entry(String fingerprint) {
      this.fingerprint = fingerprint;
    }

    boolean isExpiredAt(Instant now) {
      Instant until = keptUntil;
      return until != null && !now.isBefore(until);
    }
  }

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
    if (retention.isZero() || retention.isNegative()) {
      throw new IllegalArgumentException("retention must be positive, was " + retention);
    }
    this.handler = Objects.requireNonNull(handler, "handler");
    this.retention = retention;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Handles {@code request}: once per key, replaying the stored response to duplicates. */
  public HttpResponse handle(HttpRequest request) {
    Optional<String> header = request.header(HEADER);
    if (header.isEmpty()) {
      return handler.apply(request);
    }
    String key = header.get();
    if (key.isBlank()) {
      return new HttpResponse(400, HEADER + " must not be blank");
    }
    Entry mine = new Entry(request.method() + " " + request.path() + "\n" + request.body());
    Entry existing = entries.get(key);
    Instant now = clock.instant();
    Entry entry;
    if (existing == null || existing.isExpiredAt(now)) {
      entries.put(key, mine);
      entry = mine;
    } else {
      entry = existing;
    }

    if (entry == mine) {
      return run(key, mine, request);
    }
    if (!entry.fingerprint.equals(mine.fingerprint)) {
      return new HttpResponse(
          422, HEADER + " '" + key + "' was already used for a different request");
    }
    try {
      return entry.response.join();
    } catch (CompletionException e) {
      throw unchecked(e.getCause());
    }
  }

  private HttpResponse run(String key, Entry entry, HttpRequest request) {
    HttpResponse response;
    try {
      response = handler.apply(request);
    } catch (Throwable failure) {
      // Forget the key before waking the waiters, so that a retry runs the handler again.
      entries.remove(key, entry);
      entry.response.completeExceptionally(failure);
      throw failure;
    }
    entry.keptUntil = clock.instant().plus(retention);
    entry.response.complete(response);
    return response;
  }

  private static RuntimeException unchecked(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    return (RuntimeException) failure;
  }
}
