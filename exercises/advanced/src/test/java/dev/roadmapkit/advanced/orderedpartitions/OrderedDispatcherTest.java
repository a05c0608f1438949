package dev.roadmapkit.advanced.orderedpartitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Your OrderedDispatcher with the test's handler, which records on which worker each message ran,
 * and notes every broken rule: a key's message started while another of the same key still runs, or
 * out of its order. Handlers that must be slow are held on a latch the test opens, never by a
 * sleep; overlap of two keys is proven with a barrier both handlers must reach at once.
 */
@Label("advanced/ordered-partitions: per-key order, parallel keys, rebalancing")
class OrderedDispatcherTest {

  private static final Duration WAIT = Duration.ofSeconds(3);

  // ---- the partition function ----

  @Property(tries = 300, seed = "20261204")
  @Label("partitionOf is Math.floorMod(key.hashCode(), workers), the same for equal keys")
  void partitionIsTheFloorModOfTheHash(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String key,
      @ForAll @IntRange(min = 1, max = 64) int workers) {
    int expected = Math.floorMod(key.hashCode(), workers);
    assertThat(OrderedDispatcher.partitionOf(key, workers))
        .as("partitionOf(\"%s\", %d): floorMod(%d, %d)", key, workers, key.hashCode(), workers)
        .isEqualTo(expected);
    assertThat(OrderedDispatcher.partitionOf(new String(key), workers))
        .as(
            "partitionOf of an equal key (another String object with the same text) must be the"
                + " same worker, or one account's messages split across workers and lose their order")
        .isEqualTo(expected);
  }

  @Example
  @Label("a key whose hash is Integer.MIN_VALUE still gets a worker from 0 to workers - 1")
  void theMostNegativeHash() {
    String key = "polygenelubricants";
    assertThat(key.hashCode()).isEqualTo(Integer.MIN_VALUE);
    for (int workers : new int[] {3, 5, 7}) {
      assertThat(OrderedDispatcher.partitionOf(key, workers))
          .as(
              "partitionOf(\"%s\", %d): Math.abs(Integer.MIN_VALUE) is still negative;"
                  + " Math.floorMod is never",
              key, workers)
          .isEqualTo(Math.floorMod(Integer.MIN_VALUE, workers));
    }
  }

  @Test
  @DisplayName("fewer than one worker is refused by the constructor, resize and partitionOf")
  void refusesFewerThanOneWorker() throws Exception {
    Recorder recorder = new Recorder();
    assertThatThrownBy(() -> new OrderedDispatcher(0, recorder))
        .as("new OrderedDispatcher(0, handler) must throw IllegalArgumentException")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderedDispatcher.partitionOf("acct-1", 0))
        .as("partitionOf(key, 0) must throw IllegalArgumentException")
        .isInstanceOf(IllegalArgumentException.class);
    try (OrderedDispatcher dispatcher = new OrderedDispatcher(2, recorder)) {
      assertThatThrownBy(() -> dispatcher.resize(0))
          .as("resize(0) must throw IllegalArgumentException")
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(dispatcher.workers()).as("a refused resize keeps the 2 workers").isEqualTo(2);
    }
  }

  // ---- routing, order, parallelism ----

  @Test
  @DisplayName("each message runs on its key's worker, in order, and close() handles them all")
  void routesEachKeyToItsWorker() {
    Recorder recorder = new Recorder();
    List<KeyedMessage> messages = interleaved(keys(12), 1, 5);
    try (OrderedDispatcher dispatcher = new OrderedDispatcher(4, recorder)) {
      assertThat(dispatcher.workers())
          .as("workers() after new OrderedDispatcher(4, ...)")
          .isEqualTo(4);
      messages.forEach(dispatcher::submit);
    }
    assertThat(recorder.handledMessages())
        .as(
            recorder.report(
                "close() returns only after every submitted message was handled, each once"))
        .containsExactlyInAnyOrderElementsOf(messages);
    assertOnTheirWorkers(recorder, messages, 4);
    assertThat(recorder.violations()).as(recorder.report("per-key rules")).isEmpty();
  }

  @Test
  @DisplayName("close() called while a message is held waits for it and for every message queued")
  void closeFinishesWhatIsQueued() throws Exception {
    Recorder recorder = new Recorder();
    List<KeyedMessage> messages = interleaved(keys(6), 1, 4);
    KeyedMessage held = messages.get(0);
    CountDownLatch release = new CountDownLatch(1);
    recorder.holdUntil(held, release);
    OrderedDispatcher dispatcher = new OrderedDispatcher(3, recorder);
    messages.forEach(dispatcher::submit);
    Thread closer = new Thread(dispatcher::close, "test-closer");
    closer.start();
    awaitWaitingOrDone(closer);
    release.countDown();
    closer.join(WAIT.toMillis());

    assertThat(closer.isAlive())
        .as(recorder.report("close() returns once " + held + " and the queued messages are done"))
        .isFalse();
    assertThat(recorder.violations())
        .as(recorder.report("close() lets the held message finish (shutdown, not shutdownNow)"))
        .isEmpty();
    assertThat(recorder.handledMessages())
        .as(
            recorder.report(
                "when close() returns, every message submitted before it has been handled, once"))
        .containsExactlyInAnyOrderElementsOf(messages);
  }

  @Test
  @DisplayName("two keys on different workers are handled at the same time (both reach a barrier)")
  void differentKeysRunInParallel() {
    Recorder recorder = new Recorder();
    String first = keyOnWorker(0, 2);
    String second = keyOnWorker(1, 2);
    CyclicBarrier bothRunning = new CyclicBarrier(2);
    recorder.during(
        (worker, message) -> {
          try {
            bothRunning.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
          } catch (TimeoutException e) {
            recorder.violation(
                message
                    + " waited "
                    + WAIT.toSeconds()
                    + " s for the other key's handler to run at the same time: keys on different"
                    + " workers must run in parallel (one worker per partition, not one for all)");
          }
        });
    try (OrderedDispatcher dispatcher = new OrderedDispatcher(2, recorder)) {
      dispatcher.submit(new KeyedMessage(first, 1));
      dispatcher.submit(new KeyedMessage(second, 1));
    }
    assertThat(recorder.violations())
        .as(recorder.report(first + " goes to worker 0 and " + second + " to worker 1 of 2"))
        .isEmpty();
    assertThat(recorder.handledMessages())
        .as(recorder.report("both handled"))
        .containsExactlyInAnyOrder(new KeyedMessage(first, 1), new KeyedMessage(second, 1));
  }

  @Property(
      tries = 60,
      seed = "20261204",
      shrinking = ShrinkingMode.OFF,
      edgeCases = EdgeCasesMode.NONE)
  @Label("random arrivals: while one message is held, its key waits and the other workers go on")
  void eachKeyInOrderWhileOtherWorkersRun(
      @ForAll("arrivals") List<String> arrivals,
      @ForAll @IntRange(min = 1, max = 4) int workers,
      @ForAll @IntRange(min = 0, max = 999) int pick)
      throws Exception {
    List<KeyedMessage> messages = numbered(arrivals);
    KeyedMessage held = messages.get(pick % messages.size());
    int heldWorker = OrderedDispatcher.partitionOf(held.key(), workers);
    List<KeyedMessage> elsewhere =
        messages.stream()
            .filter(m -> OrderedDispatcher.partitionOf(m.key(), workers) != heldWorker)
            .toList();
    Recorder recorder = new Recorder();
    CountDownLatch release = new CountDownLatch(1);
    recorder.holdUntil(held, release);
    String sample = workers + " workers, arrivals " + messages + ", " + held + " held";

    boolean othersWent;
    try (OrderedDispatcher dispatcher = new OrderedDispatcher(workers, recorder)) {
      messages.forEach(dispatcher::submit);
      othersWent = recorder.awaitUntil(r -> r.hasViolations() || r.hasHandledAll(elsewhere), WAIT);
      release.countDown();
    }

    assertThat(recorder.violations())
        .as(recorder.report(sample + ": each key one at a time, in its arrival order"))
        .isEmpty();
    assertThat(othersWent)
        .as(
            recorder.report(
                sample
                    + ": while "
                    + held
                    + " is held on worker "
                    + heldWorker
                    + ", the messages of the other workers must still be handled: "
                    + elsewhere))
        .isTrue();
    assertThat(recorder.handledMessages())
        .as(recorder.report(sample + ": every message handled once"))
        .containsExactlyInAnyOrderElementsOf(messages);
    assertOnTheirWorkers(recorder, messages, workers);
  }

  @Provide
  Arbitrary<List<String>> arrivals() {
    return Arbitraries.strings()
        .alpha()
        .ofMinLength(1)
        .ofMaxLength(6)
        .set()
        .ofMinSize(2)
        .ofMaxSize(6)
        .flatMap(keys -> Arbitraries.of(keys).list().ofMinSize(2).ofMaxSize(40));
  }

  // ---- rebalancing ----

  @Test
  @DisplayName(
      "resize(3) while a message runs waits for it; resize(1) then; nothing lost, doubled, reordered")
  void rebalancesWithoutLosingOrReordering() throws Exception {
    Recorder recorder = new Recorder();
    List<String> keys = keys(8);
    List<KeyedMessage> before = interleaved(keys, 1, 3);
    KeyedMessage held = before.get(0);
    int heldWorker = OrderedDispatcher.partitionOf(held.key(), 2);
    List<KeyedMessage> elsewhere =
        before.stream()
            .filter(m -> OrderedDispatcher.partitionOf(m.key(), 2) != heldWorker)
            .toList();
    assertThat(elsewhere).as("the test's keys use both workers").isNotEmpty();
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean resizeReturned = new AtomicBoolean();
    recorder.holdUntil(held, release);
    recorder.afterHeld(
        () -> {
          if (resizeReturned.get()) {
            recorder.violation(
                "resize(3) returned while "
                    + held
                    + ", submitted before it, was still being handled: resize must wait for the"
                    + " in-flight messages, or a moved key runs on two workers at once");
          }
        });
    List<KeyedMessage> during = interleaved(keys, 4, 6);
    List<KeyedMessage> after = interleaved(keys, 7, 8);

    try (OrderedDispatcher dispatcher = new OrderedDispatcher(2, recorder)) {
      before.forEach(dispatcher::submit);
      assertThat(recorder.awaitUntil(r -> r.hasHandledAll(elsewhere), WAIT))
          .as(recorder.report("the other worker goes on while " + held + " is held"))
          .isTrue();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread resizer =
          new Thread(
              () -> {
                try {
                  dispatcher.resize(3);
                  resizeReturned.set(true);
                } catch (Throwable e) {
                  failure.set(e);
                }
              },
              "test-resizer");
      resizer.start();
      awaitWaitingOrDone(resizer);
      release.countDown();
      resizer.join(WAIT.toMillis());
      assertThat(resizer.isAlive())
          .as(recorder.report("resize(3) returns once " + held + " and its queue are handled"))
          .isFalse();
      if (failure.get() != null) {
        throw new AssertionError("resize(3) threw " + failure.get(), failure.get());
      }
      assertThat(dispatcher.workers()).as("workers() after resize(3)").isEqualTo(3);
      assertThat(recorder.handledMessages())
          .as(recorder.report("after resize(3) returned: every message submitted before it, once"))
          .containsExactlyInAnyOrderElementsOf(before);

      during.forEach(dispatcher::submit);
      dispatcher.resize(1);
      assertThat(dispatcher.workers()).as("workers() after resize(1)").isEqualTo(1);
      assertThat(recorder.handledMessages())
          .as(recorder.report("after resize(1) returned: every message submitted before it, once"))
          .hasSize(before.size() + during.size());
      after.forEach(dispatcher::submit);
    }

    assertThat(recorder.violations())
        .as(recorder.report("per-key rules across both rebalances"))
        .isEmpty();
    List<KeyedMessage> all = new ArrayList<>(before);
    all.addAll(during);
    all.addAll(after);
    assertThat(recorder.handledMessages())
        .as(recorder.report("every message handled exactly once"))
        .containsExactlyInAnyOrderElementsOf(all);
    assertOnTheirWorkers(recorder, before, 2);
    assertOnTheirWorkers(recorder, during, 3);
    assertOnTheirWorkers(recorder, after, 1);
  }

  // ---- helpers ----

  private static void assertOnTheirWorkers(
      Recorder recorder, List<KeyedMessage> messages, int workers) {
    Map<KeyedMessage, Integer> expected = new HashMap<>();
    messages.forEach(m -> expected.put(m, OrderedDispatcher.partitionOf(m.key(), workers)));
    Map<KeyedMessage, Integer> actual = new HashMap<>();
    recorder.handled().stream()
        .filter(h -> expected.containsKey(h.message()))
        .forEach(h -> actual.put(h.message(), h.worker()));
    assertThat(actual)
        .as(
            recorder.report(
                "with "
                    + workers
                    + " workers, each message runs on worker floorMod(key.hashCode(), "
                    + workers
                    + ")"))
        .isEqualTo(expected);
  }

  /** Waits (spinning, bounded) until the thread blocks or ends: a state, not a duration. */
  private static void awaitWaitingOrDone(Thread thread) {
    Set<Thread.State> settled =
        EnumSet.of(
            Thread.State.WAITING,
            Thread.State.TIMED_WAITING,
            Thread.State.BLOCKED,
            Thread.State.TERMINATED);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!settled.contains(thread.getState()) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  private static List<String> keys(int count) {
    return IntStream.range(0, count).mapToObj(i -> "acct-" + i).toList();
  }

  private static String keyOnWorker(int worker, int workers) {
    return IntStream.range(0, 100)
        .mapToObj(i -> "acct-" + i)
        .filter(k -> Math.floorMod(k.hashCode(), workers) == worker)
        .findFirst()
        .orElseThrow();
  }

  /** For each sequence from first to last, one message of every key, keys in the given order. */
  private static List<KeyedMessage> interleaved(List<String> keys, int first, int last) {
    List<KeyedMessage> messages = new ArrayList<>();
    for (int sequence = first; sequence <= last; sequence++) {
      for (String key : keys) {
        messages.add(new KeyedMessage(new String(key), sequence));
      }
    }
    return messages;
  }

  /** Numbers each key's messages 1, 2, 3, ... in arrival order. */
  private static List<KeyedMessage> numbered(List<String> arrivals) {
    Map<String, Integer> next = new HashMap<>();
    List<KeyedMessage> messages = new ArrayList<>();
    for (String key : arrivals) {
      messages.add(new KeyedMessage(new String(key), next.merge(key, 1, Integer::sum)));
    }
    return messages;
  }

  /** One handled message and the worker it ran on. */
  record Handled(int worker, KeyedMessage message) {
    @Override
    public String toString() {
      return worker + ":" + message;
    }
  }

  /** What the handler does while a message runs; the test's way to hold or synchronise it. */
  interface During {
    void run(int worker, KeyedMessage message) throws Exception;
  }

  /** The test's handler: records everything, notes every broken rule. */
  static final class Recorder implements PartitionHandler {

    private final Map<String, KeyedMessage> running = new HashMap<>();
    private final Map<String, Integer> lastStarted = new HashMap<>();
    private final List<Handled> handled = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private volatile During during = (worker, message) -> {};
    private volatile KeyedMessage held;
    private volatile CountDownLatch release;
    private volatile Runnable afterHeld = () -> {};

    void during(During action) {
      this.during = action;
    }

    void holdUntil(KeyedMessage message, CountDownLatch latch) {
      this.held = message;
      this.release = latch;
    }

    void afterHeld(Runnable check) {
      this.afterHeld = check;
    }

    @Override
    public void handle(int worker, KeyedMessage message) {
      synchronized (this) {
        KeyedMessage other = running.putIfAbsent(message.key(), message);
        if (other != null) {
          violations.add(
              message
                  + " started on worker "
                  + worker
                  + " while "
                  + other
                  + " of the same key was still running");
        }
        int last = lastStarted.getOrDefault(message.key(), 0);
        if (message.sequence() != last + 1) {
          violations.add(
              message
                  + " started after "
                  + message.key()
                  + "#"
                  + last
                  + " (expected "
                  + message.key()
                  + "#"
                  + (last + 1)
                  + ")");
        }
        lastStarted.put(message.key(), Math.max(last, message.sequence()));
        notifyAll();
      }
      try {
        during.run(worker, message);
        if (message.equals(held)) {
          if (!release.await(2 * WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            violation(message + " was held and the test never released it");
          }
          afterHeld.run();
        }
      } catch (InterruptedException e) {
        violation(
            message
                + " was interrupted while running on worker "
                + worker
                + " (a worker stopped with shutdownNow() drops what it holds)");
      } catch (Exception e) {
        violation(message + ": the test's handler failed: " + e);
      } finally {
        synchronized (this) {
          running.remove(message.key(), message);
          handled.add(new Handled(worker, message));
          notifyAll();
        }
      }
    }

    synchronized void violation(String text) {
      violations.add(text);
      notifyAll();
    }

    synchronized List<String> violations() {
      return List.copyOf(violations);
    }

    synchronized boolean hasViolations() {
      return !violations.isEmpty();
    }

    synchronized List<Handled> handled() {
      return List.copyOf(handled);
    }

    synchronized List<KeyedMessage> handledMessages() {
      return handled.stream().map(Handled::message).toList();
    }

    synchronized boolean hasHandledAll(List<KeyedMessage> messages) {
      return handledMessages().containsAll(messages);
    }

    /** Waits, bounded by {@code timeout}, until {@code condition} holds; false if it never did. */
    synchronized boolean awaitUntil(Predicate<Recorder> condition, Duration timeout)
        throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!condition.test(this)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return true;
    }

    /** The expectation, then what ran where (worker:key#sequence, in completion order). */
    java.util.function.Supplier<String> report(String expectation) {
      return () -> {
        synchronized (this) {
          return expectation
              + "\n  rules broken: "
              + violations
              + "\n  handled (worker:message, in the order they finished): "
              + handled;
        }
      };
    }
  }
}
