package dev.roadmapkit.osfundamentals.deadlockfreetransfers;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Given: the lock of one {@link Account}, a {@link ReentrantLock} that can say which thread holds
 * it, so a test can report a deadlock in terms of accounts. Do not change this class.
 */
public final class AccountLock extends ReentrantLock {

  private static final long serialVersionUID = 1L;

  private final long accountId;

  AccountLock(long accountId) {
    this.accountId = accountId;
  }

  /** The thread that holds the lock now, if any. */
  public Optional<Thread> holder() {
    return Optional.ofNullable(getOwner());
  }

  @Override
  public String toString() {
    return "the lock of account " + accountId;
  }
}
