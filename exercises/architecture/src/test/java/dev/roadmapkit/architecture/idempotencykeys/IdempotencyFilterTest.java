package dev.roadmapkit.architecture.idempotencykeys;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import dev.roadmapkit.support.clock.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("architecture/idempotency-keys: IdempotencyFilter")
class IdempotencyFilterTest {

  private static final Duration RETENTION = Duration.ofHours(24);
  private static final int CALLERS = 50;

  private final TestClock clock = TestClock.at("2026-01-01T12:00:00Z");
  private final PaymentHandler payments = new PaymentHandler();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() throws InterruptedException {
    payments.release.countDown();
    pool.shutdownNow();
    pool.awaitTermination(5, SECONDS);
  }

  private static HttpRequest payment(String key, String body) {
    return new HttpRequest("POST", "/payments", Map.of("Idempotency-Key", key), body);
  }

  private IdempotencyFilter filter() {
    return new IdempotencyFilter(payments, RETENTION, clock);
  }

  // ---- One caller at a time ----

  @ParameterizedTest(name = "a retention of {0} is refused")
  @ValueSource(strings = {"PT0S", "PT-1H"})
  @DisplayName("a retention that is not positive is refused, naming it")
  void rejectsRetention(String retention) {
    assertThat(
            catchThrowable(() -> new IdempotencyFilter(payments, Duration.parse(retention), clock)))
        .as(
            "new IdempotencyFilter(handler, %s, clock) must throw IllegalArgumentException naming it",
            retention)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(retention);
  }

  @Test
  @DisplayName("a request without the header reaches the handler every time")
  void noKeyNoDeduplication() {
    IdempotencyFilter filter = filter();
    HttpRequest request = new HttpRequest("POST", "/payments", Map.of(), "{\"amount\":100}");

    HttpResponse first = filter.handle(request);
    HttpResponse second = filter.handle(request);

    assertThat(payments.runs.get())
        .as("without an Idempotency-Key the filter cannot know it is a retry: both must run")
        .isEqualTo(2);
    assertThat(first).isEqualTo(new HttpResponse(201, "payment 1 of {\"amount\":100}"));
    assertThat(second).isEqualTo(new HttpResponse(201, "payment 2 of {\"amount\":100}"));
  }

  @ParameterizedTest(name = "Idempotency-Key \"{0}\" gets 400")
  @ValueSource(strings = {"", "  "})
  @DisplayName("a blank key is refused with 400 and the handler is not called")
  void blankKey(String key) {
    HttpResponse response = filter().handle(payment(key, "{}"));

    assertThat(response)
        .as("a blank key cannot identify anything: 400 with the body from the Javadoc")
        .isEqualTo(new HttpResponse(400, "Idempotency-Key must not be blank"));
    assertThat(payments.runs.get()).as("the handler must not be called").isZero();
  }

  @Test
  @DisplayName("a retry with the same key gets the stored response, and the payment runs once")
  void replay() {
    IdempotencyFilter filter = filter();

    HttpResponse first = filter.handle(payment("key-1", "{\"amount\":100}"));
    HttpResponse retry =
        filter.handle(
            new HttpRequest(
                "POST", "/payments", Map.of("idempotency-key", "key-1"), "{\"amount\":100}"));

    assertThat(payments.runs.get())
        .as("the retry carries the same key (header names are case-insensitive): no second payment")
        .isEqualTo(1);
    assertThat(retry)
        .as("the retry must get the stored response, the very same object as the first time")
        .isSameAs(first);
  }

  @Test
  @DisplayName("different keys are different requests")
  void differentKeys() {
    IdempotencyFilter filter = filter();

    filter.handle(payment("key-1", "{}"));
    filter.handle(payment("key-2", "{}"));

    assertThat(payments.runs.get()).as("two keys, two payments").isEqualTo(2);
  }

  @Test
  @DisplayName("a key reused for a different request gets 422, and the handler is not called")
  void keyReusedForAnotherRequest() {
    IdempotencyFilter filter = filter();
    HttpResponse first = filter.handle(payment("key-1", "{\"amount\":100}"));

    HttpResponse otherBody = filter.handle(payment("key-1", "{\"amount\":999}"));
    HttpResponse otherPath =
        filter.handle(
            new HttpRequest(
                "POST", "/refunds", Map.of("Idempotency-Key", "key-1"), "{\"amount\":100}"));
    HttpResponse otherMethod =
        filter.handle(
            new HttpRequest(
                "PUT", "/payments", Map.of("Idempotency-Key", "key-1"), "{\"amount\":100}"));

    HttpResponse expected =
        new HttpResponse(422, "Idempotency-Key 'key-1' was already used for a different request");
    assertThat(otherBody)
        .as(
            "same key, different body: replaying the first response would confirm a payment of 999"
                + " that never happened. Compare method, path and body, and answer 422")
        .isEqualTo(expected);
    assertThat(otherPath).as("same key, different path: 422").isEqualTo(expected);
    assertThat(otherMethod).as("same key, different method: 422").isEqualTo(expected);
    assertThat(payments.runs.get()).as("only the first request ran").isEqualTo(1);
    assertThat(filter.handle(payment("key-1", "{\"amount\":100}")))
        .as("the original request still gets its stored response")
        .isSameAs(first);
  }

  @Test
  @DisplayName(
      "a stored response is kept for the retention, counted from when the handler returned")
  void retention() {
    Function<HttpRequest, HttpResponse> slowHandler =
        request -> {
          clock.advance(Duration.ofSeconds(5));
          return payments.apply(request);
        };
    IdempotencyFilter filter = new IdempotencyFilter(slowHandler, RETENTION, clock);
    HttpResponse first = filter.handle(payment("key-1", "{}"));

    clock.advance(RETENTION.minusNanos(1));
    assertThat(filter.handle(payment("key-1", "{}")))
        .as(
            "the handler took 5 s and returned at 12:00:05; 1 ns before 12:00:05 + 24 h the stored"
                + " response must still be replayed (read clock.instant() after the handler"
                + " returns)")
        .isSameAs(first);

    clock.advance(Duration.ofNanos(1));
    HttpResponse later = filter.handle(payment("key-1", "{}"));
    assertThat(payments.runs.get())
        .as("24 h after the response was stored, the key is forgotten and the request runs again")
        .isEqualTo(2);
    assertThat(later).isNotSameAs(first);
  }

  @Test
  @DisplayName("a failed run is not stored: the retry runs the handler again")
  void failureIsNotStored() {
    IdempotencyFilter filter = filter();
    IllegalStateException down = new IllegalStateException("payment provider down");
    payments.failFirstRunWith(down);

    Throwable thrown = catchThrowable(() -> filter.handle(payment("key-1", "{}")));
    HttpResponse retry = filter.handle(payment("key-1", "{}"));

    assertThat(thrown).as("the handler's exception reaches the caller unchanged").isSameAs(down);
    assertThat(retry.status())
        .as("the failure must not be stored: the retry runs the handler again and succeeds")
        .isEqualTo(201);
    assertThat(payments.runs.get()).isEqualTo(2);
  }

  // ---- Many callers at once: latches and thread states, no sleeping ----

  @Test
  @DisplayName(
      "50 concurrent requests with the same key: the payment runs once, all get its response")
  void concurrentDuplicatesRunOnce() throws Exception {
    IdempotencyFilter filter = filter();
    payments.gate();

    List<Caller> callers = startCallers(CALLERS, () -> filter.handle(payment("key-1", "{}")));
    awaitHandlerRunning(callers);
    awaitAllWaiting(callers);
    payments.release.countDown();

    HttpResponse first = response(callers.get(0));
    for (Caller caller : callers) {
      assertThat(response(caller))
          .as(
              "every concurrent duplicate must get the one response of the one run (the same object)")
          .isSameAs(first);
    }
    assertThat(payments.runs.get())
        .as(
            "%d requests with the same key arrived while the first was running: the handler must run"
                + " once. Decide atomically who runs it (ConcurrentHashMap.compute or putIfAbsent of"
                + " an entry holding a CompletableFuture); the others wait on that future",
            CALLERS)
        .isEqualTo(1);
  }

  static Stream<Throwable> failures() {
    return Stream.of(
        new IllegalStateException("payment provider down"), new StackOverflowError("simulated"));
  }

  @Test
  @DisplayName(
      "two requests with a new key that meet while deciding: the handler runs once, in every"
          + " round")
  void twoRequestsMeetingWhileDecidingRunOnce() throws Exception {
    for (int round = 1; round <= 5; round++) {
      MeetingClock meetingClock = new MeetingClock(clock.instant());
      AtomicInteger runs = new AtomicInteger();
      IdempotencyFilter filter =
          new IdempotencyFilter(
              request -> new HttpResponse(201, "payment " + runs.incrementAndGet()),
              RETENTION,
              meetingClock);
      String key = "key-" + round;
      Future<HttpResponse> first = pool.submit(() -> filter.handle(payment(key, "{}")));
      Future<HttpResponse> second = pool.submit(() -> filter.handle(payment(key, "{}")));
      HttpResponse a = first.get(10, SECONDS);
      HttpResponse b = second.get(10, SECONDS);

      assertThat(runs.get())
          .as(
              "round %d: two requests with the same new key arrived together (this test's clock"
                  + " holds the first one that reads the time until the other reads it too) and"
                  + " the payment ran %d times. Whether a key is new and claiming it must be one"
                  + " atomic step, e.g. ConcurrentHashMap.compute, not a get followed by a put",
              round, runs.get())
          .isEqualTo(1);
      assertThat(b.body()).as("both get the one stored response").isEqualTo(a.body());
    }
  }

  /**
   * A clock that holds the first reader of the time until a second one reads it too, so that two
   * requests overlap while the filter decides whether their key is new.
   */
  static final class MeetingClock extends java.time.Clock {
    private final Instant now;
    private final AtomicInteger readers = new AtomicInteger();

    MeetingClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      if (readers.incrementAndGet() == 1) {
        long giveUp = System.nanoTime() + SECONDS.toNanos(1);
        while (readers.get() < 2 && System.nanoTime() - giveUp < 0) {
          Thread.onSpinWait();
        }
      }
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException("not needed by the filter");
    }
  }

  @ParameterizedTest(name = "when the run throws {0}")
  @MethodSource("failures")
  @DisplayName("a failed run reaches every request that waited for it, and the key is forgotten")
  void failureReachesAllWaiters(Throwable failure) throws Exception {
    IdempotencyFilter filter = filter();
    payments.gate();
    payments.failFirstRunWith(failure);

    List<Caller> callers = startCallers(10, () -> filter.handle(payment("key-1", "{}")));
    awaitHandlerRunning(callers);
    awaitAllWaiting(callers);
    payments.release.countDown();

    for (Caller caller : callers) {
      assertThat(failure(caller))
          .as(
              "every request that waited for the failed run must get the very exception the handler"
                  + " threw (unwrap the CompletionException of join())")
          .isSameAs(failure);
    }
    assertThat(filter.handle(payment("key-1", "{}")).status())
        .as("after the failure the key must be forgotten: a retry runs the handler and succeeds")
        .isEqualTo(201);
    assertThat(payments.runs.get()).as("the failed run and the retry").isEqualTo(2);
  }

  @Test
  @DisplayName("a different request with a key in flight gets 422 at once, without waiting")
  void mismatchDoesNotWait() throws Exception {
    IdempotencyFilter filter = filter();
    payments.gate();
    List<Caller> first = startCallers(1, () -> filter.handle(payment("key-1", "{\"amount\":100}")));
    awaitHandlerRunning(first);

    Future<HttpResponse> other =
        pool.submit(() -> filter.handle(payment("key-1", "{\"amount\":999}")));

    try {
      assertThat(other.get(5, SECONDS).status())
          .as("same key, different request, while the first is running: 422 at once")
          .isEqualTo(422);
    } catch (TimeoutException e) {
      fail(
          "a request with a different fingerprint waited for the run in flight: compare the"
              + " fingerprints before waiting, and answer 422 at once");
    }
    payments.release.countDown();
    assertThat(response(first.get(0)).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("a request in flight for another key does not hold up this one")
  void keysDoNotWaitForEachOther() throws Exception {
    IdempotencyFilter filter = filter();
    payments.gate();
    List<Caller> slow = startCallers(1, () -> filter.handle(payment("slow", "{}")));
    awaitHandlerRunning(slow);

    Future<HttpResponse> fast = pool.submit(() -> filter.handle(payment("fast", "{}")));

    try {
      assertThat(fast.get(5, SECONDS).status()).isEqualTo(201);
    } catch (TimeoutException e) {
      fail(
          "the request with key \"fast\" waited for the run of key \"slow\": do not run the"
              + " handler under a lock shared by all keys (a synchronized handle, or inside compute)");
    }
    payments.release.countDown();
    assertThat(response(slow.get(0)).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("a run that takes longer than the retention is still waited for, not repeated")
  void runningEntriesNeverExpire() throws Exception {
    IdempotencyFilter filter = filter();
    payments.gate();
    List<Caller> first = startCallers(1, () -> filter.handle(payment("key-1", "{}")));
    awaitHandlerRunning(first);
    clock.advance(RETENTION.plusHours(1));

    List<Caller> late = startCallers(1, () -> filter.handle(payment("key-1", "{}")));
    awaitAllWaiting(late);
    payments.release.countDown();

    assertThat(response(late.get(0)))
        .as(
            "the retention counts from when the handler returned; a run still in progress never"
                + " expires, so the duplicate waits for it")
        .isSameAs(response(first.get(0)));
    assertThat(payments.runs.get()).isEqualTo(1);
  }

  // ---- Test machinery ----

  /** A payment endpoint that counts its runs, can be held on a latch, and can fail once. */
  private static final class PaymentHandler implements Function<HttpRequest, HttpResponse> {
    final AtomicInteger runs = new AtomicInteger();
    final CountDownLatch running = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean gated;
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    void gate() {
      gated = true;
    }

    void failFirstRunWith(Throwable failure) {
      firstFailure.set(failure);
    }

    @Override
    public HttpResponse apply(HttpRequest request) {
      int run = runs.incrementAndGet();
      running.countDown();
      if (gated && run == 1) {
        try {
          if (!release.await(10, SECONDS)) {
            throw new IllegalStateException("the test never released the handler");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      Throwable failure = firstFailure.getAndSet(null);
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      return new HttpResponse(201, "payment " + run + " of " + request.body());
    }
  }

  private record Caller(Future<HttpResponse> result, AtomicReference<Thread> thread) {}

  private interface Call {
    HttpResponse call();
  }

  private List<Caller> startCallers(int count, Call call) {
    List<Caller> callers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      AtomicReference<Thread> thread = new AtomicReference<>();
      Future<HttpResponse> result =
          pool.submit(
              () -> {
                thread.set(Thread.currentThread());
                return call.call();
              });
      callers.add(new Caller(result, thread));
    }
    return callers;
  }

  private void awaitHandlerRunning(List<Caller> callers) {
    awaitUntil(
        () -> payments.running.getCount() == 0,
        callers,
        "the handler to be called: the first request with a key must run the handler");
  }

  private void awaitAllWaiting(List<Caller> callers) {
    awaitUntil(
        () -> callers.stream().allMatch(IdempotencyFilterTest::isWaitingOrDone),
        callers,
        "every duplicate to wait for the run in flight: block on the entry's future (join), do"
            + " not spin");
  }

  private static boolean isWaitingOrDone(Caller caller) {
    if (caller.result().isDone()) {
      return true;
    }
    Thread thread = caller.thread().get();
    if (thread == null) {
      return false;
    }
    Thread.State state = thread.getState();
    return state == Thread.State.WAITING
        || state == Thread.State.TIMED_WAITING
        || state == Thread.State.BLOCKED;
  }

  private static void awaitUntil(BooleanSupplier condition, List<Caller> callers, String what) {
    long deadline = System.nanoTime() + SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      for (Caller caller : callers) {
        if (caller.result().isDone()) {
          showFailure(caller);
        }
      }
      if (System.nanoTime() - deadline > 0) {
        fail("Waited 5 s for " + what + ".");
      }
      Thread.yield();
    }
  }

  /** A caller that finished before the test let the handler go on: show why. */
  private static void showFailure(Caller caller) {
    try {
      caller.result().get();
    } catch (ExecutionException e) {
      throw new AssertionError("handle() threw " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static HttpResponse response(Caller caller) throws InterruptedException {
    try {
      return caller.result().get(5, SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError(
          "handle() was expected to return a response but threw " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError(
          "handle() did not return within 5 s after the run finished: every waiting duplicate"
              + " must be woken up when the run completes",
          e);
    }
  }

  private static Throwable failure(Caller caller) throws InterruptedException {
    try {
      HttpResponse response = caller.result().get(5, SECONDS);
      throw new AssertionError(
          "handle() was expected to throw, because the run it waited for failed, but it returned "
              + response);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("handle() did not return within 5 s after the run failed", e);
    }
  }
}
