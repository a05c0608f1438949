package dev.roadmapkit.advanced.orderedpartitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Per-key ordering with parallel single-threaded workers, and a rebalance that loses nothing. */
public final class OrderedDispatcher implements AutoCloseable {

  private final PartitionHandler handler;
  private final Object lock = new Object(); // held by submit, resize, workers and close
  private List<ExecutorService> workers;

  /**
   * Starts {@code workers} workers that hand their messages to {@code handler}.
   *
   * @throws IllegalArgumentException if {@code workers} is below 1
   */
  public OrderedDispatcher(int workers, PartitionHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.workers = start(requirePositive(workers));
  }

  /**
   * The worker of {@code key} among {@code workers}: {@code Math.floorMod(key.hashCode(),
   * workers)}.
   *
   * @throws IllegalArgumentException if {@code workers} is below 1
   */
  public static int partitionOf(String key, int workers) {
    return requirePositive(workers) == 1 ? 0 : Math.floorMod(key.hashCode(), workers - 1);
  }

  /** The number of workers now. */
  public int workers() {
    synchronized (lock) {
      return workers.size();
    }
  }

  /** Gives {@code message} to worker {@code partitionOf(message.key(), workers())}; never waits. */
  public void submit(KeyedMessage message) {
    synchronized (lock) {
      int worker = partitionOf(message.key(), workers.size());
      workers.get(worker).execute(() -> handler.handle(worker, message));
    }
  }

  /**
   * Rebalances onto {@code workers} workers: returns once every message submitted before has been
   * handled, and routes the messages submitted after by the new number.
   *
   * @throws IllegalArgumentException if {@code workers} is below 1
   * @throws InterruptedException if interrupted while waiting for the in-flight messages
   */
  public void resize(int workers) throws InterruptedException {
    requirePositive(workers);
    synchronized (lock) { // no submit slips in between
      finish(this.workers);
      this.workers = start(workers);
    }
  }

  /** Handles every message submitted so far, then stops the workers and waits for them. */
  @Override
  public void close() {
    synchronized (lock) {
      try {
        finish(workers);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static List<ExecutorService> start(int count) {
    List<ExecutorService> started = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      started.add(Executors.newSingleThreadExecutor());
    }
    return List.copyOf(started);
  }

  /** shutdown() lets a worker handle what it already holds; then wait until each has. */
  private static void finish(List<ExecutorService> old) throws InterruptedException {
    for (ExecutorService worker : old) {
      worker.shutdown();
    }
    for (ExecutorService worker : old) {
      while (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
        // a handler is taking long: keep waiting, the messages it holds must not be lost
      }
    }
  }

  private static int requirePositive(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    return workers;
  }
}
