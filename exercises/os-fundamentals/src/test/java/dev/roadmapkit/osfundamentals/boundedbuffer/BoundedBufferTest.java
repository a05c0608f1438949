package dev.roadmapkit.osfundamentals.boundedbuffer;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("os-fundamentals/bounded-buffer: BoundedBuffer")
class BoundedBufferTest {

  private final ReentrantLock lock = new ReentrantLock();
  private final List<Worker> workers = new ArrayList<>();

  @AfterEach
  void stopWorkers() throws InterruptedException {
    for (Worker worker : workers) {
      worker.stop();
    }
  }

  private Worker start(String name, java.util.concurrent.Callable<?> call) {
    Worker worker = Worker.start(name, call, lock);
    workers.add(worker);
    return worker;
  }

  // --- one thread: the contract ---

  @Test
  @DisplayName("refuses a capacity below 1 and a null lock, and reports its capacity")
  void construction() {
    assertThatIllegalArgumentException()
        .as("a buffer of capacity 0 could never hold an item: the constructor must refuse it")
        .isThrownBy(() -> new BoundedBuffer<String>(0, lock));
    assertThatIllegalArgumentException()
        .as("a negative capacity must be refused")
        .isThrownBy(() -> new BoundedBuffer<String>(-3, lock));
    assertThatNullPointerException()
        .as("the lock is required: every method runs under it")
        .isThrownBy(() -> new BoundedBuffer<String>(2, null));
    BoundedBuffer<String> buffer = new BoundedBuffer<>(5, lock);
    assertThat(buffer.capacity()).as("capacity() returns what the constructor got").isEqualTo(5);
    assertThat(buffer.size()).as("a new buffer is empty").isZero();
    assertThat(new BoundedBuffer<String>(1, lock).capacity()).isEqualTo(1);
  }

  @Test
  @DisplayName("hands items out first in, first out, also when the ring wraps around")
  void fifoAcrossTheRing() throws Exception {
    BoundedBuffer<Integer> buffer = new BoundedBuffer<>(3, lock);
    List<Integer> taken = new ArrayList<>();
    int next = 0;
    for (int round = 0; round < 5; round++) {
      buffer.put(next++);
      buffer.put(next++);
      assertThat(buffer.size()).as("two puts in round %d, size()", round).isEqualTo(2);
      taken.add(buffer.take());
      taken.add(buffer.take());
      assertThat(buffer.size()).as("two takes after them, size()").isZero();
    }
    assertThat(taken)
        .as(
            "items must come out in the order they went in; after the tail reaches the end of the"
                + " array it continues at index 0 (index = (head + count) % capacity)")
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  @DisplayName("holds exactly capacity items: one more is refused by a timed offer")
  void exactlyCapacity() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(3, lock);
    assertThat(buffer.offer("a", 0, MILLISECONDS)).as("offer into an empty buffer").isTrue();
    assertThat(buffer.offer("b", 0, MILLISECONDS)).as("second offer, capacity 3").isTrue();
    assertThat(buffer.offer("c", 0, MILLISECONDS)).as("third offer, capacity 3").isTrue();
    assertThat(buffer.offer("d", 20, MILLISECONDS))
        .as(
            "a buffer of capacity 3 that holds 3 items is full: offer() must wait its 20 ms and"
                + " return false (full means count == capacity, not count > capacity)")
        .isFalse();
    assertThat(buffer.size()).as("the refused item must not be stored").isEqualTo(3);
    assertThat(buffer.take()).isEqualTo("a");
    assertThat(buffer.offer("d", 0, MILLISECONDS)).as("offer after a take made room").isTrue();
    assertThat(List.of(buffer.take(), buffer.take(), buffer.take())).containsExactly("b", "c", "d");
  }

  @Test
  @DisplayName("a timed poll on an empty buffer returns empty when its time runs out")
  void pollTimesOut() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(2, lock);
    assertThat(buffer.poll(0, MILLISECONDS)).as("poll with no time on an empty buffer").isEmpty();
    assertThat(buffer.poll(20, MILLISECONDS)).as("poll of 20 ms on an empty buffer").isEmpty();
    buffer.put("x");
    assertThat(buffer.poll(0, MILLISECONDS))
        .as("poll with an item present returns it at once")
        .contains("x");
    assertThat(buffer.size()).isZero();
  }

  @Test
  @DisplayName("refuses null items")
  void nullItems() {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(2, lock);
    assertThatNullPointerException()
        .as("put(null): a null could not be told apart from 'no item'")
        .isThrownBy(() -> buffer.put(null));
    assertThatNullPointerException()
        .as("offer(null, ...) must be refused as put(null) is")
        .isThrownBy(() -> buffer.offer(null, 0, MILLISECONDS));
    assertThat(buffer.size()).as("a refused null must not be counted").isZero();
  }

  // --- blocking and waking ---

  @Test
  @DisplayName("put on a full buffer waits until a take makes room")
  void putWaitsForRoom() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(1, lock);
    buffer.put("first");
    Worker producer = start("producer", () -> put(buffer, "second"));
    producer.awaitAwaiting("put() on a full buffer must wait in notFull.await()");
    assertThat(buffer.take()).isEqualTo("first");
    producer.awaitResult(
        "take() made room, so it must wake the producer waiting in put(): signal the condition"
            + " producers wait on (notFull), not the one consumers wait on");
    assertThat(buffer.size()).isEqualTo(1);
    assertThat(buffer.take()).isEqualTo("second");
  }

  @Test
  @DisplayName("take on an empty buffer waits until a put brings an item")
  void takeWaitsForAnItem() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(2, lock);
    Worker consumer = start("consumer", buffer::take);
    consumer.awaitAwaiting("take() on an empty buffer must wait in notEmpty.await()");
    buffer.put("item");
    assertThat(
            consumer.awaitResult(
                "put() brought an item, so it must wake the consumer waiting in take(): signal"
                    + " notEmpty"))
        .isEqualTo("item");
    assertThat(buffer.size()).isZero();
  }

  @Test
  @DisplayName("a timed poll and a timed offer are woken by the item or the room that comes")
  void timedCallsAreWoken() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(1, lock);
    Worker poller = start("poller", () -> buffer.poll(5, SECONDS));
    poller.awaitAwaiting("poll(5 s) on an empty buffer must wait (awaitNanos) for an item");
    buffer.put("late");
    assertThat(poller.awaitResult("the item arrived within the timeout: poll must return it"))
        .isEqualTo(java.util.Optional.of("late"));

    buffer.put("full");
    Worker offerer = start("offerer", () -> buffer.offer("waited", 5, SECONDS));
    offerer.awaitAwaiting("offer(5 s) on a full buffer must wait (awaitNanos) for room");
    assertThat(buffer.take()).isEqualTo("full");
    assertThat(offerer.awaitResult("room came within the timeout: offer must add and say true"))
        .isEqualTo(true);
    assertThat(buffer.take()).isEqualTo("waited");
  }

  @Test
  @DisplayName("a waiting take or put gives up when its thread is interrupted, changing nothing")
  void interruptionIsHonoured() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(1, lock);
    Worker consumer = start("consumer", buffer::take);
    consumer.awaitAwaiting("take() on an empty buffer must wait");
    consumer.thread().interrupt();
    Worker.awaitAll(
        List.of(consumer),
        "the consumer waiting in take() was interrupted: await() throws InterruptedException;"
            + " let it propagate (do not catch it and wait again)");
    assertThat(consumer.failure())
        .as("an interrupted take() must throw InterruptedException (%s)", consumer.outcome())
        .isInstanceOf(InterruptedException.class);

    buffer.put("kept");
    Worker producer = start("producer", () -> put(buffer, "dropped"));
    producer.awaitAwaiting("put() on a full buffer must wait");
    producer.thread().interrupt();
    Worker.awaitAll(List.of(producer), "the producer waiting in put() was interrupted");
    assertThat(producer.failure())
        .as("an interrupted put() must throw InterruptedException (%s)", producer.outcome())
        .isInstanceOf(InterruptedException.class);
    assertThat(buffer.size()).as("the interrupted put() must not have added its item").isOne();
    assertThat(buffer.take()).isEqualTo("kept");
  }

  @Test
  @DisplayName("every method waits for the lock it was given while another thread holds it")
  void everyMethodUsesTheLock() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(2, lock);
    buffer.put("one");
    List<Worker> callers = new ArrayList<>();
    lock.lock();
    try {
      callers.add(start("put", () -> put(buffer, "two")));
      callers.add(start("take", buffer::take));
      callers.add(start("offer", () -> buffer.offer("three", 0, MILLISECONDS)));
      callers.add(start("poll", () -> buffer.poll(0, MILLISECONDS)));
      callers.add(start("size", buffer::size));
      for (Worker caller : callers) {
        caller.awaitQueuedOn(
            lock,
            "while the test holds the buffer's lock, "
                + caller.name()
                + "() must wait to get it: read and change the state only under the lock given"
                + " to the constructor");
      }
    } finally {
      lock.unlock();
    }
    Worker.awaitAll(callers, "the lock was released, so every caller must finish");
  }

  // --- the races, forced ---

  @Test
  @DisplayName(
      "a consumer woken for an item another consumer took first waits again (while, not if)")
  void stolenWakeup() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(2, lock);
    Worker consumer = start("consumer-1", buffer::take);
    consumer.awaitAwaiting("take() on an empty buffer must wait");
    lock.lock();
    try {
      buffer.put("a"); // signals consumer-1, who cannot run before the test lets the lock go
      consumer.awaitQueuedOn(lock, "put() must wake the consumer waiting in take()");
      assertThat(buffer.take())
          .as("the test, a second consumer, takes the item before consumer-1 gets the lock")
          .isEqualTo("a");
    } finally {
      lock.unlock();
    }
    consumer.awaitAwaiting(
        "consumer-1 was woken for item \"a\", which another consumer took before consumer-1 got"
            + " the lock back; it must find the buffer empty and wait again. Wrap await() in"
            + " while (count == 0), not if: being woken only means 'look again'");
    assertThat(buffer.size()).as("nothing is in the buffer, whatever consumer-1 did").isZero();
    buffer.put("b");
    assertThat(consumer.awaitResult("consumer-1 must get the next item")).isEqualTo("b");
  }

  @Test
  @DisplayName(
      "with consumers and a producer waiting together, a take wakes the producer (lost wakeup)")
  void noLostWakeup() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(1, lock);
    Worker first = start("consumer-1", buffer::take);
    first.awaitAwaiting("take() on an empty buffer must wait");
    Worker second = start("consumer-2", buffer::take);
    second.awaitAwaiting("take() on an empty buffer must wait");
    Worker producer;
    lock.lock();
    try {
      producer = start("producer", () -> put(buffer, "b"));
      producer.awaitQueuedOn(lock, "put() must wait for the lock the test holds");
      buffer.put("a"); // wakes consumer-1; the producer gets the lock first and finds it full
    } finally {
      lock.unlock();
    }
    Worker.awaitAll(
        List.of(first, second, producer),
        "consumer-1 and consumer-2 waited on an empty buffer of capacity 1; then \"a\" was put"
            + " and a producer of \"b\" found it full and waited too. consumer-1's take() must wake"
            + " the PRODUCER; if a single condition is shared by both kinds, signal() wakes"
            + " consumer-2 instead (the longest waiter), who finds nothing and waits again, and the"
            + " producer is never woken. Use two conditions (notFull, notEmpty), or signalAll()");
    Set<Object> got = new HashSet<>(List.of(first.result(), second.result()));
    assertThat(got).as("the two consumers got the two items").containsExactlyInAnyOrder("a", "b");
  }

  @Test
  @DisplayName("two producers arriving together at the last free slot: one must wait")
  void checkAndAddIsOneStep() throws Exception {
    BoundedBuffer<String> buffer = new BoundedBuffer<>(1, lock);
    Worker p1;
    Worker p2;
    lock.lock();
    try {
      p1 = start("producer-1", () -> put(buffer, "x"));
      p2 = start("producer-2", () -> put(buffer, "y"));
      p1.awaitQueuedOn(lock, "put() must wait for the lock the test holds");
      p2.awaitQueuedOn(lock, "put() must wait for the lock the test holds");
    } finally {
      lock.unlock();
    }
    long deadline = System.nanoTime() + MILLISECONDS.toNanos(Worker.PATIENCE_MILLIS);
    while (!(p1.done() && p2.awaitingCondition()) && !(p2.done() && p1.awaitingCondition())) {
      if (p1.done() && p2.done()) {
        fail(
            "two producers called put() on an empty buffer of capacity 1 at the same moment, and"
                + " BOTH put their item: size() is "
                + buffer.size()
                + ". The check for room and the insert must happen in one critical section:"
                + " take the lock first, then check (while full, await), then insert");
      }
      if (System.nanoTime() > deadline) {
        fail(
            "one of two producers must have put its item and the other wait in await(), but "
                + p1.name()
                + " is "
                + p1.describe()
                + " and "
                + p2.name()
                + " is "
                + p2.describe());
      }
      Thread.yield();
    }
    assertThat(buffer.size()).as("capacity 1: exactly one item is in").isOne();
    String taken = buffer.take();
    assertThat(buffer.take()).as("the waiting producer's item comes next").isNotEqualTo(taken);
    Worker.awaitAll(List.of(p1, p2), "both producers must finish");
  }

  // --- under load ---

  @Test
  @DisplayName(
      "4 producers and 4 consumers released together: nothing lost, nothing twice, never over"
          + " capacity")
  void stress() throws Exception {
    int producers = 4;
    int consumers = 4;
    int perProducer = 2_500;
    int capacity = 3;
    BoundedBuffer<Integer> buffer = new BoundedBuffer<>(capacity, lock);
    CyclicBarrier start = new CyclicBarrier(producers + consumers + 1);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger largest = new AtomicInteger();
    List<Worker> all = new ArrayList<>();
    for (int p = 0; p < producers; p++) {
      int base = p * perProducer;
      all.add(
          start(
              "producer-" + p,
              () -> {
                start.await(Worker.PATIENCE_MILLIS, MILLISECONDS);
                for (int i = 0; i < perProducer; i++) {
                  buffer.put(base + i);
                }
                return null;
              }));
    }
    List<List<Integer>> received = new ArrayList<>();
    for (int c = 0; c < consumers; c++) {
      List<Integer> mine = new ArrayList<>();
      received.add(mine);
      all.add(
          start(
              "consumer-" + c,
              () -> {
                start.await(Worker.PATIENCE_MILLIS, MILLISECONDS);
                for (int i = 0; i < perProducer; i++) {
                  mine.add(buffer.take());
                }
                return null;
              }));
    }
    Worker sampler =
        start(
            "size-sampler",
            () -> {
              while (running.get()) {
                largest.accumulateAndGet(buffer.size(), Math::max);
                Thread.yield();
              }
              return null;
            });
    start.await(Worker.PATIENCE_MILLIS, MILLISECONDS);
    try {
      Worker.awaitAll(
          all,
          producers
              + " producers put "
              + perProducer
              + " items each and "
              + consumers
              + " consumers take as many; all must finish. A thread stuck in await() was not"
              + " woken: check that every put signals notEmpty and every take signals notFull",
          8_000);
    } finally {
      running.set(false);
    }
    Worker.awaitAll(List.of(sampler), "the size sampler must stop");
    for (Worker worker : all) {
      if (worker.failure() != null) {
        throw new AssertionError(worker.outcome(), worker.failure());
      }
    }
    Set<Integer> seen = new HashSet<>();
    List<Integer> duplicates = new ArrayList<>();
    for (List<Integer> mine : received) {
      for (Integer item : mine) {
        if (item == null || !seen.add(item)) {
          duplicates.add(item);
        }
      }
    }
    assertThat(duplicates).as("items taken twice (or null: taken from an empty slot)").isEmpty();
    assertThat(seen)
        .as("every one of the %d items put must be taken exactly once", producers * perProducer)
        .hasSize(producers * perProducer);
    for (int c = 0; c < consumers; c++) {
      List<Integer> mine = received.get(c);
      for (int p = 0; p < producers; p++) {
        int low = p * perProducer;
        List<Integer> fromP = mine.stream().filter(i -> i >= low && i < low + perProducer).toList();
        assertThat(fromP)
            .as("consumer-%d must see producer-%d's items in the order they were put (FIFO)", c, p)
            .isSorted();
      }
    }
    assertThat(largest.get())
        .as("size() sampled during the run must never exceed the capacity %d", capacity)
        .isLessThanOrEqualTo(capacity);
  }

  private static Object put(BoundedBuffer<String> buffer, String item) throws Exception {
    buffer.put(item);
    return "put " + item;
  }
}
