package dev.roadmapkit.osfundamentals.deadlockfreetransfers;

import java.util.Objects;

/**
 * Exercise {@code os-fundamentals/deadlock-free-transfers}: transfers between {@link Account}s that
 * many threads make at the same time.
 *
 * <p>Key idea: a deadlock needs a cycle of threads each holding a lock the next one wants. Taking
 * locks in one global order (here the account id) makes such a cycle impossible: every thread waits
 * only for a lock later in the order than all it holds. The price is that the code must know both
 * locks before taking either; {@code lockInterruptibly} keeps a waiting transfer cancellable.
 */
public final class Bank {

  private final LockObserver observer;

  /**
   * A bank that tells {@code observer} about every lock it takes.
   *
   * @param observer called right after each account lock is taken; {@link LockObserver#NONE} when
   *     nobody listens
   */
  public Bank(LockObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /**
   * Moves {@code amount} from {@code from} to {@code to}.
   *
   * @throws IllegalArgumentException when {@code amount} is not positive or both are one account
   * @throws InsufficientFundsException when {@code from} holds less than {@code amount}
   * @throws InterruptedException when interrupted while waiting for a lock; nothing changes
   */
  public void transfer(Account from, Account to, long amount) throws InterruptedException {
    if (amount <= 0) {
      throw new IllegalArgumentException("the amount must be positive, got " + amount);
    }
    if (from == to) {
      throw new IllegalArgumentException("cannot transfer from " + from + " to itself");
    }
    Account first = from.id() < to.id() ? from : to;
    Account second = first == from ? to : from;
    first.lock().lockInterruptibly();
    try {
      observer.locked(first);
      second.lock().lockInterruptibly();
      try {
        observer.locked(second);
        long balance = from.balance();
        if (balance < amount) {
          throw new InsufficientFundsException(from, balance, amount);
        }
        from.debit(amount);
        to.credit(amount);
      } finally {
        second.lock().unlock();
      }
    } finally {
      first.lock().unlock();
    }
  }
}
