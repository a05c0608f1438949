package dev.roadmapkit.osfundamentals.deadlockfreetransfers;

/**
 * Given: a bank account with an id, a balance in cents and its own lock. The balance may only be
 * changed by the thread that holds the account's lock; {@link #credit} and {@link #debit} check
 * that. Do not change this class.
 */
public final class Account {

  private final long id;
  private final AccountLock lock;
  private volatile long balance;

  /**
   * An account.
   *
   * @param id its id, unique in the bank; locks are ordered by it
   * @param balance the starting balance, not negative
   * @throws IllegalArgumentException when {@code balance} is negative
   */
  public Account(long id, long balance) {
    if (balance < 0) {
      throw new IllegalArgumentException("a starting balance must not be negative: " + balance);
    }
    this.id = id;
    this.balance = balance;
    this.lock = new AccountLock(id);
  }

  /** The account's id. */
  public long id() {
    return id;
  }

  /** The balance now. */
  public long balance() {
    return balance;
  }

  /** The account's lock; hold it to change the balance. */
  public AccountLock lock() {
    return lock;
  }

  /**
   * Adds {@code amount} to the balance.
   *
   * @throws IllegalStateException when the current thread does not hold this account's lock
   */
  public void credit(long amount) {
    requireLock("credit");
    balance += amount;
  }

  /**
   * Subtracts {@code amount} from the balance; it does not check the funds, the bank does.
   *
   * @throws IllegalStateException when the current thread does not hold this account's lock
   */
  public void debit(long amount) {
    requireLock("debit");
    balance -= amount;
  }

  private void requireLock(String operation) {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException(
          operation
              + " of account "
              + id
              + " without holding its lock: take account.lock() before changing the balance");
    }
  }

  @Override
  public String toString() {
    return "account " + id;
  }
}
