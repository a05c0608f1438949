package dev.roadmapkit.osfundamentals.boundedbuffer;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercise {@code os-fundamentals/bounded-buffer}: a first-in-first-out queue of at most {@code
 * capacity} items that many producer and consumer threads share.
 *
 * <ul>
 *   <li>{@link #put} blocks while the buffer is full; {@link #take} blocks while it is empty.
 *   <li>{@link #offer} and {@link #poll} wait at most a given time and then give up.
 *   <li>A thread blocked in any of them that is interrupted stops waiting and throws {@link
 *       InterruptedException}, leaving the buffer as it was.
 * </ul>
 *
 * <p>The contract on locking, which the tests rely on to force the interleavings that break a
 * buffer: every method reads and changes the state only while holding the {@code lock} given to the
 * constructor (take it with {@code lock.lock()} or {@code lock.lockInterruptibly()}, release it in
 * a {@code finally}), and the waiting is done on conditions made from that lock ({@code
 * lock.newCondition()}): one for "not full", where producers wait, and one for "not empty", where
 * consumers wait. Do not use {@code synchronized}, {@code wait}/{@code notify} or a queue from
 * {@code java.util.concurrent}; store the items in an array used as a ring.
 *
 * <p>Two rules decide whether it works under load: a thread woken from {@code await()} must check
 * its condition again before it goes on (another thread may have got there first), and every change
 * must wake the threads that wait for it (a put wakes a consumer, a take wakes a producer).
 *
 * @param <T> the item type
 */
public final class BoundedBuffer<T> {

  /**
   * An empty buffer.
   *
   * @param capacity the most items it holds at once, at least 1
   * @param lock the lock that guards every method; the conditions are made from it
   * @throws IllegalArgumentException when {@code capacity} is below 1
   * @throws NullPointerException when {@code lock} is null
   */
  public BoundedBuffer(int capacity, ReentrantLock lock) {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/bounded-buffer: check the capacity, keep the lock, make the two"
            + " conditions notFull and notEmpty from it, allocate an Object[capacity]");
  }

  /**
   * Appends {@code item}, waiting while the buffer is full.
   *
   * @throws NullPointerException when {@code item} is null
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is added
   */
  public void put(T item) throws InterruptedException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/bounded-buffer: under the lock, while full await notFull; then add"
            + " at the tail and signal notEmpty");
  }

  /**
   * Removes and returns the oldest item, waiting while the buffer is empty.
   *
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is removed
   */
  public T take() throws InterruptedException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/bounded-buffer: under the lock, while empty await notEmpty; then"
            + " remove at the head and signal notFull");
  }

  /**
   * Appends {@code item} if there is room within {@code timeout}.
   *
   * @return {@code true} when the item was added, {@code false} when the time ran out first
   * @throws NullPointerException when {@code item} or {@code unit} is null
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is added
   */
  public boolean offer(T item, long timeout, TimeUnit unit) throws InterruptedException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/bounded-buffer: like put, but wait with awaitNanos and give up when"
            + " the nanos left reach 0");
  }

  /**
   * Removes and returns the oldest item if one comes within {@code timeout}.
   *
   * @return the item, or empty when the time ran out first
   * @throws NullPointerException when {@code unit} is null
   * @throws InterruptedException when the thread is interrupted while waiting; nothing is removed
   */
  public Optional<T> poll(long timeout, TimeUnit unit) throws InterruptedException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/bounded-buffer: like take, but wait with awaitNanos and give up"
            + " when the nanos left reach 0");
  }

  /** The number of items in the buffer now (read under the lock). */
  public int size() {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/bounded-buffer: the count, read under the lock");
  }

  /** The most items the buffer holds at once. */
  public int capacity() {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/bounded-buffer: the capacity given to the constructor");
  }
}
