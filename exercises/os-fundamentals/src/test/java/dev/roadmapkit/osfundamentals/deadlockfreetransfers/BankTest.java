package dev.roadmapkit.osfundamentals.deadlockfreetransfers;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("os-fundamentals/deadlock-free-transfers: Bank")
class BankTest {

  /** The longest a bounded poll waits before it fails with its message. */
  private static final long PATIENCE_MILLIS = 3_000;

  /** How long every live transfer must wait for a lock before they count as stuck. */
  private static final long STUCK_MILLIS = 250;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Thread> started = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopThreads() throws InterruptedException {
    // Deadlocked or stuck transfers are abandoned: lockInterruptibly() lets them go.
    for (Thread thread : started) {
      thread.interrupt();
    }
    for (Thread thread : started) {
      thread.join(500);
    }
  }

  // --- one thread: the contract ---

  @Test
  @DisplayName("moves the amount from one account to the other and releases both locks")
  void movesMoney() throws Exception {
    Account a = new Account(1, 100);
    Account b = new Account(2, 50);
    Bank bank = new Bank(LockObserver.NONE);
    bank.transfer(a, b, 30);
    assertThat(a.balance()).as("account 1 paid 30 of its 100").isEqualTo(70);
    assertThat(b.balance()).as("account 2 received 30 on top of its 50").isEqualTo(80);
    bank.transfer(b, a, 80);
    assertThat(b.balance()).as("moving the whole balance of 80 is allowed").isZero();
    assertThat(a.balance()).isEqualTo(150);
    assertLocksFree(a, b);
  }

  @Test
  @DisplayName("locks the account with the smaller id first, whatever the argument order")
  void locksInIdOrder() throws Exception {
    Account low = new Account(3, 100);
    Account high = new Account(7, 100);
    List<Long> locked = new ArrayList<>();
    Bank bank = new Bank(account -> locked.add(account.id()));
    bank.transfer(low, high, 10);
    assertThat(locked)
        .as("transfer from 3 to 7: lock 3, then 7 (and tell the observer right after each)")
        .containsExactly(3L, 7L);
    locked.clear();
    bank.transfer(high, low, 10);
    assertThat(locked)
        .as(
            "transfer from 7 to 3: still lock 3 first, then 7. Locking the 'from' account first"
                + " lets two opposite transfers deadlock; order the locks by account id")
        .containsExactly(3L, 7L);
    assertThat(List.of(low.balance(), high.balance())).containsExactly(100L, 100L);
  }

  @Test
  @DisplayName("refuses a transfer larger than the balance, and nothing changes")
  void insufficientFunds() throws Exception {
    Account a = new Account(1, 40);
    Account b = new Account(2, 5);
    Bank bank = new Bank(LockObserver.NONE);
    assertThatThrownBy(() -> bank.transfer(a, b, 41))
        .as("account 1 holds 40 and is asked for 41")
        .isInstanceOf(InsufficientFundsException.class);
    assertThat(a.balance())
        .as("a refused transfer must not change the payer: check the funds before debit()")
        .isEqualTo(40);
    assertThat(b.balance()).as("a refused transfer must not change the payee").isEqualTo(5);
    assertLocksFree(a, b);
    bank.transfer(a, b, 40);
    assertThat(List.of(a.balance(), b.balance()))
        .as("40 of 40 is enough: only less than the amount is refused")
        .containsExactly(0L, 45L);
  }

  @Test
  @DisplayName("refuses amounts of 0 or less, and a transfer to the same account, taking no lock")
  void refusesBadArguments() {
    Account a = new Account(1, 100);
    Account b = new Account(2, 100);
    List<Account> locked = new ArrayList<>();
    Bank bank = new Bank(locked::add);
    assertThatIllegalArgumentException()
        .as("an amount of 0 is not a transfer")
        .isThrownBy(() -> bank.transfer(a, b, 0));
    assertThatIllegalArgumentException()
        .as("a negative amount would move money the wrong way")
        .isThrownBy(() -> bank.transfer(a, b, -5));
    assertThatIllegalArgumentException()
        .as("a transfer from account 1 to account 1 must be refused")
        .isThrownBy(() -> bank.transfer(a, a, 10));
    assertThatIllegalArgumentException()
        .as("two objects with the same id are the same account")
        .isThrownBy(() -> bank.transfer(a, new Account(1, 100), 10));
    assertThat(locked).as("arguments are checked before any lock is taken").isEmpty();
    assertThat(List.of(a.balance(), b.balance())).containsExactly(100L, 100L);
  }

  @Test
  @DisplayName("a transfer waiting for a lock gives up when interrupted, releasing what it holds")
  void interruptible() throws Exception {
    Account a = new Account(1, 100);
    Account b = new Account(2, 100);
    Bank bank = new Bank(LockObserver.NONE);
    Outcome outcome = new Outcome();
    Thread transfer;
    b.lock().lock(); // the test holds the second lock
    try {
      transfer = start("transfer 1->2", () -> bank.transfer(a, b, 10), outcome);
      awaitQueued(b.lock(), transfer, "the transfer must wait for account 2's lock the test holds");
      transfer.interrupt();
      // lockInterruptibly() leaves the queue at once; lock() goes back to waiting in it.
      long interrupted = System.nanoTime();
      while (transfer.isAlive()
          && (System.nanoTime() - interrupted < MILLISECONDS.toNanos(STUCK_MILLIS)
              || !b.lock().hasQueuedThread(transfer))
          && System.nanoTime() - interrupted < MILLISECONDS.toNanos(PATIENCE_MILLIS)) {
        transfer.join(5);
      }
      assertThat(transfer.isAlive())
          .as(
              "the transfer waiting for account 2's lock was interrupted but still waits: take"
                  + " the locks with lockInterruptibly(), not lock(), so a stuck transfer can be"
                  + " cancelled")
          .isFalse();
      assertThat(outcome.failure)
          .as("an interrupted transfer throws InterruptedException")
          .isInstanceOf(InterruptedException.class);
      assertThat(a.lock().isLocked())
          .as(
              "the interrupted transfer held account 1's lock: it must release it on the way out"
                  + " (unlock in finally)")
          .isFalse();
    } finally {
      b.lock().unlock();
    }
    assertThat(List.of(a.balance(), b.balance())).containsExactly(100L, 100L);
  }

  // --- the deadlock, forced ---

  @Test
  @DisplayName(
      "opposite transfers, each holding its first lock before either takes its second, finish"
          + " without deadlock")
  void oppositeTransfersDoNotDeadlock() throws Exception {
    Account a = new Account(1, 1_000);
    Account b = new Account(2, 1_000);
    Rendezvous rendezvous = new Rendezvous(a, b);
    Bank bank = new Bank(rendezvous);
    Outcome ab = new Outcome();
    Outcome ba = new Outcome();
    Thread t1 = start("transfer 1->2", () -> bank.transfer(a, b, 100), ab);
    Thread t2 = start("transfer 2->1", () -> bank.transfer(b, a, 300), ba);
    rendezvous.parties(t1, t2);
    awaitWithoutDeadlock(
        List.of(t1, t2),
        List.of(a, b),
        "a transfer from 1 to 2 and one from 2 to 1 ran together, each held on its first lock"
            + " until the other took its first too");
    ab.rethrow();
    ba.rethrow();
    assertThat(List.of(a.balance(), b.balance()))
        .as("1 paid 100 to 2, and 2 paid 300 to 1")
        .containsExactly(1_200L, 800L);
    assertLocksFree(a, b);
  }

  // --- under load ---

  @Test
  @DisplayName(
      "8 threads released together make 4,000 random transfers among 5 accounts: no deadlock,"
          + " money conserved")
  void stress() throws Exception {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      accounts.add(new Account(10 + i, 1_000));
    }
    long total = accounts.stream().mapToLong(Account::balance).sum();
    Bank bank = new Bank(LockObserver.NONE);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Random random = new Random(42 + t);
      Outcome outcome = new Outcome();
      outcomes.add(outcome);
      threads.add(
          start(
              "transfers-" + t,
              () -> {
                go.await();
                for (int i = 0; i < 500; i++) {
                  Account from = accounts.get(random.nextInt(accounts.size()));
                  Account to = accounts.get(random.nextInt(accounts.size()));
                  if (from == to) {
                    continue;
                  }
                  try {
                    bank.transfer(from, to, 1 + random.nextInt(400));
                  } catch (InsufficientFundsException refused) {
                    // a refusal is a correct answer; the total must still add up
                  }
                }
              },
              outcome));
    }
    go.countDown();
    awaitWithoutDeadlock(
        threads, accounts, "8 threads made 500 random transfers each among 5 accounts");
    for (Outcome outcome : outcomes) {
      outcome.rethrow();
    }
    assertThat(accounts.stream().mapToLong(Account::balance).sum())
        .as("transfers move money, they never make or lose any: the total must stay %d", total)
        .isEqualTo(total);
    assertThat(accounts)
        .as("no balance may go below 0")
        .allSatisfy(acc -> assertThat(acc.balance()).isNotNegative());
    assertLocksFree(accounts.toArray(new Account[0]));
  }

  // --- helpers ---

  /** What a thread's task ended with. */
  private static final class Outcome {
    volatile Throwable failure;

    void rethrow() {
      if (failure != null) {
        throw new AssertionError("a transfer failed: " + failure, failure);
      }
    }
  }

  @FunctionalInterface
  private interface Task {
    void run() throws Exception;
  }

  private Thread start(String name, Task task, Outcome outcome) {
    Thread thread =
        new Thread(
            () -> {
              try {
                task.run();
              } catch (Throwable t) {
                outcome.failure = t;
              }
            },
            name);
    thread.setDaemon(true); // a deadlocked transfer never keeps the JVM alive
    started.add(thread);
    thread.start();
    return thread;
  }

  /**
   * Holds each transfer thread at its first lock until the other thread has taken its first lock
   * too, or is waiting for the lock this one holds (then locks are ordered and no deadlock can
   * come). So two transfers that lock in argument order are certain to deadlock, in every run.
   */
  private static final class Rendezvous implements LockObserver {
    private final Account a;
    private final Account b;
    private final CountDownLatch firstLocks = new CountDownLatch(2);
    private final Map<Thread, Integer> calls = new ConcurrentHashMap<>();
    private volatile List<Thread> parties = List.of();

    Rendezvous(Account a, Account b) {
      this.a = a;
      this.b = b;
    }

    void parties(Thread... threads) {
      parties = List.of(threads);
    }

    @Override
    public void locked(Account account) throws InterruptedException {
      if (calls.merge(Thread.currentThread(), 1, Integer::sum) != 1) {
        return;
      }
      firstLocks.countDown();
      long deadline = System.nanoTime() + MILLISECONDS.toNanos(PATIENCE_MILLIS);
      while (firstLocks.getCount() > 0 && System.nanoTime() < deadline) {
        if (otherWaitsForALock()) {
          return;
        }
        firstLocks.await(1, MILLISECONDS);
      }
    }

    private boolean otherWaitsForALock() {
      for (Thread other : parties) {
        if (other != Thread.currentThread()
            && (a.lock().hasQueuedThread(other) || b.lock().hasQueuedThread(other))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Waits a bounded time for {@code threads} to finish, asking the JVM every few milliseconds
   * whether some of them are deadlocked; a deadlock fails at once, naming who holds and who waits
   * for which account's lock. The deadlock is never waited out.
   */
  private static void awaitWithoutDeadlock(
      List<Thread> threads, List<Account> accounts, String situation) throws InterruptedException {
    long deadline = System.nanoTime() + MILLISECONDS.toNanos(PATIENCE_MILLIS * 2);
    long allQueuedSince = 0;
    while (threads.stream().anyMatch(Thread::isAlive)) {
      // Every live thread queued for an account lock, for a while: no thread is left to release
      // one (a holder that finished without unlocking, or a cycle), so they are stuck for good.
      if (threads.stream()
          .filter(Thread::isAlive)
          .allMatch(t -> accounts.stream().anyMatch(acc -> acc.lock().hasQueuedThread(t)))) {
        if (allQueuedSince == 0) {
          allQueuedSince = System.nanoTime();
        } else if (System.nanoTime() - allQueuedSince > MILLISECONDS.toNanos(STUCK_MILLIS)) {
          deadline = 0;
        }
      } else {
        allQueuedSince = 0;
      }
      long[] deadlocked = THREADS.findDeadlockedThreads();
      if (deadlocked != null) {
        List<Long> ours = threads.stream().map(Thread::getId).toList();
        List<Long> found = Arrays.stream(deadlocked).boxed().filter(ours::contains).toList();
        if (!found.isEmpty()) {
          fail(
              situation
                  + ", and they deadlocked:\n"
                  + describeDeadlock(found, threads, accounts)
                  + "\nEach holds a lock the other waits for. Take the two locks in one global"
                  + " order, the account with the smaller id first, whatever the argument order");
        }
      }
      if (System.nanoTime() > deadline) {
        fail(
            situation
                + ", and these threads are stuck (no deadlock cycle the JVM could see; a lock"
                + " whose holder is gone, or a holder that never lets go, unlock in finally):\n"
                + threads.stream()
                    .filter(Thread::isAlive)
                    .map(t -> describe(t, accounts))
                    .collect(Collectors.joining("\n")));
      }
      threads.get(0).join(5);
    }
  }

  private static String describeDeadlock(
      List<Long> ids, List<Thread> threads, List<Account> accounts) {
    StringBuilder text = new StringBuilder();
    for (Thread thread : threads) {
      if (ids.contains(thread.getId())) {
        ThreadInfo info = THREADS.getThreadInfo(thread.getId());
        text.append(describe(thread, accounts));
        if (info != null && info.getLockOwnerName() != null) {
          text.append(" (held by '").append(info.getLockOwnerName()).append("')");
        }
        text.append('\n');
      }
    }
    return text.toString().stripTrailing();
  }

  private static String describe(Thread thread, List<Account> accounts) {
    String holds =
        accounts.stream()
            .filter(acc -> acc.lock().holder().filter(thread::equals).isPresent())
            .map(Account::toString)
            .collect(Collectors.joining(", "));
    String waits =
        accounts.stream()
            .filter(acc -> acc.lock().hasQueuedThread(thread))
            .map(acc -> acc.lock().toString())
            .collect(Collectors.joining(", "));
    return "  '"
        + thread.getName()
        + "' holds the lock of "
        + (holds.isEmpty() ? "no account" : holds)
        + (waits.isEmpty() ? ", waits for no account lock" : " and waits for " + waits);
  }

  private static void awaitQueued(AccountLock lock, Thread thread, String why) {
    long deadline = System.nanoTime() + MILLISECONDS.toNanos(PATIENCE_MILLIS);
    while (!lock.hasQueuedThread(thread)) {
      if (!thread.isAlive() || System.nanoTime() > deadline) {
        fail(why + ", but it " + (thread.isAlive() ? "does not wait for it" : "finished first"));
      }
      Thread.yield();
    }
  }

  private static void assertLocksFree(Account... accounts) {
    for (Account account : accounts) {
      assertThat(account.lock().isLocked())
          .as(
              "after the transfer returned or threw, %s must be released: unlock in finally,"
                  + " also when the transfer is refused",
              account.lock())
          .isFalse();
    }
  }
}
