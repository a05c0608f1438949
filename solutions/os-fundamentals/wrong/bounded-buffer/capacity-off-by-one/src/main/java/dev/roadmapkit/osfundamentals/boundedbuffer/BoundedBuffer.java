package dev.roadmapkit.osfundamentals.boundedbuffer;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercise {@code os-fundamentals/bounded-buffer}: a first-in-first-out queue of at most {@code
 * capacity} items that many producer and consumer threads share.
 *
 * <p>Key idea: one lock guards the ring, and two conditions separate who waits for what, so a put
 * wakes exactly a consumer and a take exactly a producer; every wait re-checks its condition in a
 * {@code while} loop, because being woken only means "look again". The trade-off against one
 * monitor with {@code notifyAll} is a little more code for no thundering herd.
 *
 * @param <T> the item type
 */
public final class BoundedBuffer<T> {

  private final ReentrantLock lock;
  private final Condition notFull;
  private final Condition notEmpty;
  private final Object[] items;
  private int head;
  private int count;

  /**
   * An empty buffer.
   *
   * @param capacity the most items it holds at once, at least 1
   * @param lock the lock that guards every method; the conditions are made from it
   * @throws IllegalArgumentException when {@code capacity} is below 1
   * @throws NullPointerException when {@code lock} is null
   */
  public BoundedBuffer(int capacity, ReentrantLock lock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.lock = Objects.requireNonNull(lock, "lock");
    this.notFull = lock.newCondition();
    this.notEmpty = lock.newCondition();
    this.items = new Object[capacity + 1];
  }

  /**
   * Appends {@code item}, waiting while the buffer is full.
   *
   * @throws NullPointerException when {@code item} is null
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is added
   */
  public void put(T item) throws InterruptedException {
    Objects.requireNonNull(item, "the buffer holds no null item");
    lock.lockInterruptibly();
    try {
      while (count == items.length) {
        notFull.await();
      }
      enqueue(item);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Removes and returns the oldest item, waiting while the buffer is empty.
   *
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is removed
   */
  public T take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (count == 0) {
        notEmpty.await();
      }
      return dequeue();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Appends {@code item} if there is room within {@code timeout}.
   *
   * @return {@code true} when the item was added, {@code false} when the time ran out first
   * @throws NullPointerException when {@code item} or {@code unit} is null
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is added
   */
  public boolean offer(T item, long timeout, TimeUnit unit) throws InterruptedException {
    Objects.requireNonNull(item, "the buffer holds no null item");
    long nanos = unit.toNanos(timeout);
    lock.lockInterruptibly();
    try {
      while (count == items.length) {
        if (nanos <= 0) {
          return false;
        }
        nanos = notFull.awaitNanos(nanos);
      }
      enqueue(item);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Removes and returns the oldest item if one comes within {@code timeout}.
   *
   * @return the item, or empty when the time ran out first
   * @throws NullPointerException when {@code unit} is null
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is removed
   */
  public Optional<T> poll(long timeout, TimeUnit unit) throws InterruptedException {
    long nanos = unit.toNanos(timeout);
    lock.lockInterruptibly();
    try {
      while (count == 0) {
        if (nanos <= 0) {
          return Optional.empty();
        }
        nanos = notEmpty.awaitNanos(nanos);
      }
      return Optional.of(dequeue());
    } finally {
      lock.unlock();
    }
  }

  /** The number of items in the buffer now (read under the lock). */
  public int size() {
    lock.lock();
    try {
      return count;
    } finally {
      lock.unlock();
    }
  }

  /** The most items the buffer holds at once. */
  public int capacity() {
    return items.length - 1;
  }

  // Both helpers run with the lock held and the condition checked.
  private void enqueue(T item) {
    items[(head + count) % items.length] = item;
    count++;
    notEmpty.signal();
  }

  private T dequeue() {
    @SuppressWarnings("unchecked")
    T item = (T) items[head];
    items[head] = null; // no stale reference keeps a taken item alive
    head = (head + 1) % items.length;
    count--;
    notFull.signal();
    return item;
  }
}
