package dev.roadmapkit.osfundamentals.deadlockfreetransfers;

/**
 * Given: told by the {@link Bank} each time it has taken an account's lock, right after taking it.
 * The tests use it to hold a transfer between its first and its second lock. Do not change this
 * interface.
 */
@FunctionalInterface
public interface LockObserver {

  /** An observer that does nothing. */
  LockObserver NONE = account -> {};

  /**
   * Called by the thread that has just taken {@code account}'s lock, while it holds it.
   *
   * @throws InterruptedException when the thread is interrupted while the observer waits; the
   *     transfer must then give up, releasing what it holds
   */
  void locked(Account account) throws InterruptedException;
}
