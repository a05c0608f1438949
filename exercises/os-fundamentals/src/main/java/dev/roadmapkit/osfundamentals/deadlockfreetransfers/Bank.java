package dev.roadmapkit.osfundamentals.deadlockfreetransfers;

/**
 * Exercise {@code os-fundamentals/deadlock-free-transfers}: transfers between {@link Account}s that
 * many threads make at the same time.
 *
 * <p>A transfer needs both accounts' locks. If one thread transfers from account 1 to account 2 and
 * another from 2 to 1, and each takes the lock of its own "from" account first, each can end up
 * holding one lock and waiting forever for the other's: a deadlock. The cure is a single global
 * order: always lock the account with the <em>smaller id</em> first, whatever the argument order.
 *
 * <p>The contract of {@link #transfer}:
 *
 * <ul>
 *   <li>an amount of 0 or less is refused with {@link IllegalArgumentException}, and so is a
 *       transfer from an account to itself (same id), before any lock is taken;
 *   <li>the two locks are taken with {@code lockInterruptibly()}, the smaller id first, and right
 *       after taking each one the bank calls {@code observer.locked(account)};
 *   <li>when the paying account holds less than the amount, {@link InsufficientFundsException} is
 *       thrown and nothing changes (moving the whole balance is fine);
 *   <li>otherwise the amount is debited from one account and credited to the other;
 *   <li>in every case, also when interrupted or refused, both locks are released before the method
 *       returns or throws (unlock in {@code finally}).
 * </ul>
 */
public final class Bank {

  /**
   * A bank that tells {@code observer} about every lock it takes.
   *
   * @param observer called right after each account lock is taken; {@link LockObserver#NONE} when
   *     nobody listens
   */
  public Bank(LockObserver observer) {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/deadlock-free-transfers: keep the observer");
  }

  /**
   * Moves {@code amount} from {@code from} to {@code to}.
   *
   * @throws IllegalArgumentException when {@code amount} is not positive or both are one account
   * @throws InsufficientFundsException when {@code from} holds less than {@code amount}
   * @throws InterruptedException when interrupted while waiting for a lock; nothing changes
   */
  public void transfer(Account from, Account to, long amount) throws InterruptedException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/deadlock-free-transfers: check the arguments, lock the smaller id"
            + " first (lockInterruptibly, then observer.locked), check the funds, debit, credit,"
            + " unlock both in finally");
  }
}
