package dev.roadmapkit.advanced.orderedpartitions;

import java.util.Objects;

/**
 * Exercise {@code advanced/ordered-partitions}: per-key ordering with parallel consumers.
 *
 * <p>Messages arrive keyed (an account id, say). The messages of one key must be handled one at a
 * time and in the order they were submitted; messages of different keys should run in parallel. The
 * classic answer, as in Kafka's partitions: hash the key onto one of {@code n} workers, each a
 * single thread with its own queue. One key always lands on the same worker, so its messages queue
 * up behind each other; different workers run at the same time.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li><b>Partition.</b> {@link #partitionOf} is {@code Math.floorMod(key.hashCode(), workers)}:
 *       {@link String#hashCode()} is specified, so it is the same for equal keys in every call,
 *       every instance and every JVM. ({@code System.identityHashCode} is not: two equal keys would
 *       land on different workers. {@code Math.abs(hash) % n} is negative for one hash.)
 *   <li><b>Workers.</b> The constructor starts {@code workers} workers numbered 0 to {@code workers
 *       - 1}, each one thread that handles the messages given to it one at a time in the order it
 *       got them, calling {@code handler.handle(itsNumber, message)}.
 *   <li><b>Submit.</b> {@link #submit} gives the message to worker {@code partitionOf(key,
 *       workers())} and returns at once: it never waits for a handler. Many keys share a worker;
 *       that is fine.
 *   <li><b>Rebalance.</b> {@link #resize} changes the number of workers (added or removed), which
 *       moves keys to other workers. A key's messages already given to its old worker must all be
 *       handled before any of its messages is handled by its new worker, none dropped, none handled
 *       twice. The simple safe way: {@code resize} waits until every message submitted before it
 *       has been handled (the in-flight ones finished, the queued ones too), then starts routing by
 *       the new number. A {@code submit} from another thread during a {@code resize} waits for it.
 *   <li><b>Close.</b> {@link #close} handles every message submitted before it, then stops the
 *       workers and returns once they have stopped.
 * </ul>
 *
 * <p>Tip: {@code java.util.concurrent.Executors.newSingleThreadExecutor()} is a worker: one thread,
 * one queue, in order.
 */
public final class OrderedDispatcher implements AutoCloseable {

  private final PartitionHandler handler;

  /**
   * Starts {@code workers} workers that hand their messages to {@code handler}.
   *
   * @throws IllegalArgumentException if {@code workers} is below 1
   */
  public OrderedDispatcher(int workers, PartitionHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
    throw new UnsupportedOperationException(
        "TODO advanced/ordered-partitions: start the workers (one thread each)");
  }

  /**
   * The worker of {@code key} among {@code workers}: {@code Math.floorMod(key.hashCode(),
   * workers)}.
   *
   * @throws IllegalArgumentException if {@code workers} is below 1
   */
  public static int partitionOf(String key, int workers) {
    throw new UnsupportedOperationException(
        "TODO advanced/ordered-partitions: a stable hash of the key, mod the number of workers");
  }

  /** The number of workers now. */
  public int workers() {
    throw new UnsupportedOperationException("TODO advanced/ordered-partitions: workers()");
  }

  /** Gives {@code message} to worker {@code partitionOf(message.key(), workers())}; never waits. */
  public void submit(KeyedMessage message) {
    throw new UnsupportedOperationException(
        "TODO advanced/ordered-partitions: route the message to its key's worker");
  }

  /**
   * Rebalances onto {@code workers} workers: returns once every message submitted before has been
   * handled, and routes the messages submitted after by the new number.
   *
   * @throws IllegalArgumentException if {@code workers} is below 1
   * @throws InterruptedException if interrupted while waiting for the in-flight messages
   */
  public void resize(int workers) throws InterruptedException {
    throw new UnsupportedOperationException(
        "TODO advanced/ordered-partitions: finish the in-flight messages, then route by the new"
            + " number of workers");
  }

  /** Handles every message submitted so far, then stops the workers and waits for them. */
  @Override
  public void close() {
    throw new UnsupportedOperationException(
        "TODO advanced/ordered-partitions: finish every submitted message, then stop the workers");
  }
}
