package dev.roadmapkit.caching.stampedeprotection;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("caching/stampede-protection: CoalescingCache")
class CoalescingCacheTest {

  private static final int CALLERS = 100;
  private static final String NOT_WOKEN_UP =
      "get() did not return within 5 s after the load finished: every caller waiting for a load"
          + " must be woken up when it completes, with its value or its failure";

  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final GatedLoader loader = new GatedLoader();

  @AfterEach
  void stopThreads() throws InterruptedException {
    loader.release.countDown();
    pool.shutdownNow();
    pool.awaitTermination(5, SECONDS);
  }

  @Test
  @DisplayName("100 concurrent misses of the same key cause one load, and all get its value")
  void oneLoadForConcurrentMisses() throws Exception {
    CoalescingCache<String, String> cache = new CoalescingCache<>(loader);
    loader.gate("popular");

    List<Caller> callers = startCallers(cache, "popular", CALLERS);
    awaitLoadInFlight(callers);
    awaitAllWaiting(callers);
    loader.release.countDown();

    for (Caller caller : callers) {
      assertThat(result(caller))
          .as("every caller must get the value of the one load it waited for")
          .isEqualTo("value of popular");
    }
    assertThat(loader.calls("popular"))
        .as(
            "%d threads called get(\"popular\") while its load was in flight; the loader must run"
                + " once and the other callers wait for that load instead of starting their own."
                + " Decide atomically who loads (e.g. ConcurrentHashMap.putIfAbsent of a future)",
            CALLERS)
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "two callers that both find the key missing at the same moment still cause only one load")
  void simultaneousMissesLoadOnce() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CoalescingCache<RendezvousKey, String> cache =
        new CoalescingCache<>(
            key -> {
              loads.incrementAndGet();
              return "value of " + key.name();
            });
    // The map asks the key for its hash on every lookup and every insert. This key holds each
    // caller at its second hash, the insert after a lookup that found nothing, until the other
    // caller gets there too: so both callers are certain to have seen the key missing before
    // either inserts, the moment at which a check-then-act lets both load.
    RendezvousKey key =
        new RendezvousKey("popular", new CyclicBarrier(2), new ConcurrentHashMap<>());

    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(pool.submit(() -> cache.get(key)));
    }

    for (Future<String> result : results) {
      assertThat(result.get(10, SECONDS))
          .as("both callers must get the value of the load")
          .isEqualTo("value of popular");
    }
    assertThat(loads.get())
        .as(
            "two callers looked the key up at the same moment and both found it missing; the"
                + " loader must still run once. \"Look, then put\" in two steps lets both callers"
                + " load, and so does a caller that loads although another caller's load is"
                + " already registered: deciding who loads must be one atomic step (putIfAbsent"
                + " or computeIfAbsent of a future), and the loser must wait for the winner's"
                + " future")
        .isEqualTo(1);
  }

  /**
   * A key that holds each thread at its second {@code hashCode} call (a map computes the hash on
   * every lookup and insert) until a second thread has got that far too. A solution that never lets
   * two callers in at once is let through after a while, to be judged by the other tests.
   */
  private record RendezvousKey(
      String name, CyclicBarrier inserts, Map<Thread, AtomicInteger> hashCallsPerThread) {
    @Override
    public int hashCode() {
      int calls =
          hashCallsPerThread
              .computeIfAbsent(Thread.currentThread(), thread -> new AtomicInteger())
              .incrementAndGet();
      if (calls == 2) {
        try {
          inserts.await(2, SECONDS);
        } catch (BrokenBarrierException | TimeoutException e) {
          // the other caller could not get this far at the same time (a lock): carry on alone
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return name.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RendezvousKey key && key.name.equals(name);
    }
  }

  @Test
  @DisplayName(
      "a get that comes in just as a load fails waits for that load, and is never handed the"
          + " failure from the cache afterwards")
  void failedLoadLeavesTheMapBeforeItIsReported() throws Exception {
    IllegalStateException databaseDown = new IllegalStateException("database down");
    FailureProbeKey key = new FailureProbeKey(pool);
    AtomicInteger loads = new AtomicInteger();
    CoalescingCache<FailureProbeKey, String> cache =
        new CoalescingCache<>(
            k -> {
              if (loads.incrementAndGet() == 1) {
                k.failedLoader = Thread.currentThread();
                throw databaseDown;
              }
              return "fresh value";
            });
    key.cache = cache;

    assertThat(catchThrowable(() -> cache.get(key)))
        .as("the loader threw, so get must throw LoadFailedException")
        .isInstanceOf(LoadFailedException.class);
    assertThat(key.probeFoundTheFailureCached)
        .as(
            "after the load failed, while the cache was still cleaning up, another get of the key"
                + " was handed the failure at once, from the map: the failed load was reported"
                + " before it was removed, so a caller that retries at that moment finds the"
                + " failure again. Remove the failed future from the map first, then complete it")
        .isFalse();
    key.awaitProbe();
    assertThat(cache.get(key))
        .as("once the failure was reported, the next get must load again")
        .isEqualTo("fresh value");
  }

  /**
   * A key that, the first time the map hashes it on the thread whose load just failed (the clean up
   * after the failure), starts another get of itself and waits until that get either blocks (it
   * waits for the load: right) or finishes at once (it found the failure in the map: wrong).
   */
  private static final class FailureProbeKey {
    private final ExecutorService pool;
    private final AtomicReference<Thread> probeThread = new AtomicReference<>();
    private final AtomicBoolean probed = new AtomicBoolean();
    volatile CoalescingCache<FailureProbeKey, String> cache;
    volatile Thread failedLoader;
    volatile Future<String> probe;
    volatile boolean probeFoundTheFailureCached;

    FailureProbeKey(ExecutorService pool) {
      this.pool = pool;
    }

    @Override
    public int hashCode() {
      if (Thread.currentThread() == failedLoader && probed.compareAndSet(false, true)) {
        probe =
            pool.submit(
                () -> {
                  probeThread.set(Thread.currentThread());
                  return cache.get(this);
                });
        long deadline = System.nanoTime() + SECONDS.toNanos(5);
        while (!probe.isDone() && !isBlocked(probeThread.get()) && System.nanoTime() < deadline) {
          Thread.yield();
        }
        probeFoundTheFailureCached = probe.isDone();
      }
      return 42;
    }

    @Override
    public boolean equals(Object other) {
      return other == this;
    }

    @Override
    public String toString() {
      return "probe-key";
    }

    void awaitProbe() throws InterruptedException {
      if (probe == null) {
        return;
      }
      try {
        probe.get(5, SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        // it waited for the failed load and got its failure: that is right
      }
    }

    private static boolean isBlocked(Thread thread) {
      if (thread == null) {
        return false;
      }
      Thread.State state = thread.getState();
      return state == Thread.State.WAITING
          || state == Thread.State.TIMED_WAITING
          || state == Thread.State.BLOCKED;
    }
  }

  @Test
  @DisplayName("a loaded value is cached: the next get does not load again")
  void valueIsCached() {
    CoalescingCache<String, String> cache = new CoalescingCache<>(loader);

    assertThat(cache.get("a"))
        .as("get(\"a\") must return what the loader returns")
        .isEqualTo("value of a");
    assertThat(cache.get("a")).isEqualTo("value of a");

    assertThat(loader.calls("a"))
        .as("the second get(\"a\") must be served from the cache, not load again")
        .isEqualTo(1);
  }

  @Test
  @DisplayName("invalidate makes the next get of that key, and only that key, load again")
  void invalidate() {
    CoalescingCache<String, String> cache = new CoalescingCache<>(loader);
    cache.get("a");
    cache.get("b");

    cache.invalidate("a");
    cache.get("a");
    cache.get("b");

    assertThat(loader.calls("a"))
        .as("after invalidate(\"a\"), get(\"a\") must call the loader again")
        .isEqualTo(2);
    assertThat(loader.calls("b")).as("invalidate(\"a\") must not forget \"b\"").isEqualTo(1);
  }

  @Test
  @DisplayName("different keys load once each, and every caller gets the value of its own key")
  void keysAreIndependent() throws Exception {
    CoalescingCache<String, String> cache = new CoalescingCache<>(loader);
    List<String> keys = List.of("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9");
    Map<String, List<Caller>> callersByKey = new HashMap<>();

    for (String key : keys) {
      callersByKey.put(key, startCallers(cache, key, 10));
    }

    for (String key : keys) {
      for (Caller caller : callersByKey.get(key)) {
        assertThat(result(caller))
            .as(
                "a caller of get(\"%s\") must get the value of \"%s\", not of another key",
                key, key)
            .isEqualTo("value of " + key);
      }
      assertThat(loader.calls(key))
          .as("10 callers of get(\"%s\"): one load per key, each key loads on its own", key)
          .isEqualTo(1);
    }
  }

  @Test
  @DisplayName("a slow load of one key does not hold up callers of another key")
  void slowKeyDoesNotBlockOthers() throws Exception {
    CoalescingCache<String, String> cache = new CoalescingCache<>(loader);
    loader.gate("slow");
    List<Caller> slow = startCallers(cache, "slow", 1);
    awaitLoadInFlight(slow);

    Future<String> fast = pool.submit(() -> cache.get("fast"));

    try {
      assertThat(fast.get(5, SECONDS))
          .as("get(\"fast\") must return while the load of \"slow\" is still in flight")
          .isEqualTo("value of fast");
    } catch (TimeoutException e) {
      fail(
          "get(\"fast\") did not return within 5 s while the load of \"slow\" was in flight: the"
              + " loader must not run under a lock shared by all keys (a synchronized get, or one"
              + " lock around the load). Only callers of the same key may wait for each other.");
    }
    loader.release.countDown();
    assertThat(result(slow.get(0))).isEqualTo("value of slow");
  }

  @Test
  @DisplayName("a failed load reaches every caller that waited for it, and is not cached")
  void failureReachesAllWaiters() throws Exception {
    CoalescingCache<String, String> cache = new CoalescingCache<>(loader);
    IllegalStateException databaseDown = new IllegalStateException("database down");
    loader.gate("popular");
    loader.failFirstCallWith(databaseDown);
    Queue<String> retries = new ConcurrentLinkedQueue<>();

    // Each caller that sees the failure retries at once, as a real client would.
    List<Caller> callers =
        startCallers(
            CALLERS,
            () -> {
              try {
                return cache.get("popular");
              } catch (LoadFailedException failure) {
                retries.add(outcomeOf(() -> cache.get("popular")));
                throw failure;
              }
            });
    awaitLoadInFlight(callers);
    awaitAllWaiting(callers);
    loader.release.countDown();

    for (Caller caller : callers) {
      Throwable thrown = failure(caller);
      assertThat(thrown)
          .as(
              "every caller that waited for the failed load must get a LoadFailedException"
                  + " (unwrap the CompletionException of join() and wrap its cause), got: %s",
              thrown)
          .isInstanceOf(LoadFailedException.class)
          .hasMessageContaining("popular");
      assertThat(thrown.getCause())
          .as("the LoadFailedException's cause must be the exception the loader threw")
          .isSameAs(databaseDown);
    }
    assertThat(retries)
        .as(
            "a failure must not be cached: each caller retried right after seeing the failure,"
                + " and every retry must get a value from a new load (the loader fails only its"
                + " first call). Remove the failed load from the map BEFORE the waiters are told"
                + " about the failure, or a quick retry finds the failure again")
        .hasSize(CALLERS)
        .containsOnly("value of popular");
    assertThat(loader.calls("popular"))
        .as(
            "two loads in all: the failed one that %d callers waited for, and one new load shared"
                + " by all their retries",
            CALLERS)
        .isEqualTo(2);
  }

  private static String outcomeOf(Supplier<String> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return "threw " + e;
    }
  }

  @Test
  @DisplayName("a single failed get throws LoadFailedException, and the next get retries")
  void singleFailureIsRetried() {
    CoalescingCache<String, String> cache = new CoalescingCache<>(loader);
    IllegalStateException timeout = new IllegalStateException("query timed out");
    loader.failFirstCallWith(timeout);

    assertThat(catchThrowable(() -> cache.get("k")))
        .as(
            "when the loader throws, get must throw LoadFailedException with the loader's"
                + " exception as its cause")
        .isInstanceOf(LoadFailedException.class)
        .hasCause(timeout);
    assertThat(cache.get("k"))
        .as("the failure must not be cached: the next get(\"k\") loads again and succeeds")
        .isEqualTo("value of k");
    assertThat(loader.calls("k")).isEqualTo(2);
  }

  // ---- Test machinery: callers on their own threads, a loader the test opens by hand. ----

  /** A caller of {@code get} on its own thread: its result, and the thread it runs on. */
  private record Caller(Future<String> result, AtomicReference<Thread> thread) {}

  private List<Caller> startCallers(CoalescingCache<String, String> cache, String key, int count) {
    return startCallers(count, () -> cache.get(key));
  }

  private List<Caller> startCallers(int count, Callable<String> call) {
    List<Caller> callers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      AtomicReference<Thread> thread = new AtomicReference<>();
      Future<String> result =
          pool.submit(
              () -> {
                thread.set(Thread.currentThread());
                return call.call();
              });
      callers.add(new Caller(result, thread));
    }
    return callers;
  }

  /** Waits until a load has started, failing with the callers' own error if they gave up early. */
  private void awaitLoadInFlight(List<Caller> callers) {
    awaitUntil(
        () -> loader.entered.getCount() == 0,
        callers,
        "the loader to be called: get() of a missing key must call the loader");
  }

  /**
   * Waits until every caller is blocked (waiting for the load in flight, or for a lock) or done. No
   * sleeping: it watches the threads' states.
   */
  private void awaitAllWaiting(List<Caller> callers) {
    awaitUntil(
        () -> callers.stream().allMatch(CoalescingCacheTest::isWaitingOrDone),
        callers,
        "every caller to wait for the load in flight: a waiting caller must block (join a future,"
            + " await a latch), not spin in a loop");
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
          rethrowFailure(caller);
        }
      }
      if (System.nanoTime() - deadline > 0) {
        fail("Waited 5 s for " + what + ".");
      }
      Thread.yield();
    }
  }

  /** A caller that already failed before the test let the load finish: show its exception. */
  private static void rethrowFailure(Caller caller) {
    try {
      caller.result().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError("get() failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static String result(Caller caller) throws InterruptedException {
    try {
      return caller.result().get(5, SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError(
          "get() was expected to return a value but threw " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError(NOT_WOKEN_UP, e);
    }
  }

  private static Throwable failure(Caller caller) throws InterruptedException {
    String value;
    try {
      value = caller.result().get(5, SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError(NOT_WOKEN_UP, e);
    }
    throw new AssertionError(
        "get() was expected to throw LoadFailedException because the load it waited for"
            + " failed, but it returned \""
            + value
            + "\"");
  }

  /**
   * A loader that counts its calls per key, returns {@code "value of " + key}, and for a gated key
   * blocks until the test opens {@link #release}; it can fail its very first call.
   */
  private static final class GatedLoader implements Function<String, String> {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger totalCalls = new AtomicInteger();
    private volatile String gatedKey;
    private volatile RuntimeException firstCallFailure;

    void gate(String key) {
      gatedKey = key;
    }

    void failFirstCallWith(RuntimeException failure) {
      firstCallFailure = failure;
    }

    int calls(String key) {
      return calls.getOrDefault(key, new AtomicInteger()).get();
    }

    @Override
    public String apply(String key) {
      calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      boolean first = totalCalls.incrementAndGet() == 1;
      if (key.equals(gatedKey)) {
        entered.countDown();
        try {
          if (!release.await(10, SECONDS)) {
            throw new IllegalStateException("the test never released the loader");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while loading " + key, e);
        }
      }
      if (first && firstCallFailure != null) {
        throw firstCallFailure;
      }
      return "value of " + key;
    }
  }
}
