package dev.roadmapkit.osfundamentals.tokenbucket;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("os-fundamentals/token-bucket: TokenBucket")
class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;
  private static final long MILLI = 1_000_000L;
  private static final long PATIENCE_MILLIS = 3_000;

  /** A clock the test moves by hand; it starts at an odd reading, as System.nanoTime() may. */
  private static final class ManualClock implements NanoClock {
    private final AtomicLong now = new AtomicLong(-7_777_777_777L);

    @Override
    public long nanoTime() {
      return now.get();
    }

    void advance(long nanos) {
      now.addAndGet(nanos);
    }
  }

  private final ManualClock clock = new ManualClock();
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Thread> started = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopThreads() throws InterruptedException {
    for (Thread thread : started) {
      thread.interrupt();
      thread.join(500);
    }
  }

  // --- one thread: the contract ---

  @Test
  @DisplayName("starts full: capacity tokens can be taken at once, then none")
  void startsFull() {
    TokenBucket bucket = new TokenBucket(5, 1, clock, lock);
    assertThat(bucket.availableTokens()).as("a new bucket of capacity 5 is full").isEqualTo(5);
    for (int i = 1; i <= 5; i++) {
      assertThat(bucket.tryAcquire(1))
          .as("token %d of 5, at a clock that stands still", i)
          .isTrue();
    }
    assertThat(bucket.tryAcquire(1))
        .as("all 5 tokens are spent and no time has passed: tryAcquire(1) must say false")
        .isFalse();
    assertThat(bucket.availableTokens()).isZero();
  }

  @Test
  @DisplayName("takes n tokens at once, or none when fewer than n are left")
  void allOrNothing() {
    TokenBucket bucket = new TokenBucket(10, 1, clock, lock);
    assertThat(bucket.tryAcquire(7)).as("7 of 10").isTrue();
    assertThat(bucket.availableTokens()).as("10 - 7").isEqualTo(3);
    assertThat(bucket.tryAcquire(4))
        .as("only 3 are left: asking for 4 must fail and take nothing")
        .isFalse();
    assertThat(bucket.availableTokens()).as("a failed tryAcquire takes nothing").isEqualTo(3);
    assertThat(bucket.tryAcquire(3)).as("exactly the 3 left can be taken").isTrue();
    assertThat(bucket.availableTokens()).isZero();
    assertThat(new TokenBucket(4, 1, clock, lock).tryAcquire(4))
        .as("the whole capacity can be taken in one call")
        .isTrue();
  }

  @Test
  @DisplayName("refuses a capacity, a rate or a request out of range, and null clock or lock")
  void refusesBadArguments() {
    assertThatIllegalArgumentException()
        .as("capacity 0")
        .isThrownBy(() -> new TokenBucket(0, 1, clock, lock));
    assertThatIllegalArgumentException()
        .as("capacity above MAX")
        .isThrownBy(() -> new TokenBucket(TokenBucket.MAX + 1, 1, clock, lock));
    assertThatIllegalArgumentException()
        .as("a rate of 0 tokens per second would never refill")
        .isThrownBy(() -> new TokenBucket(1, 0, clock, lock));
    assertThatIllegalArgumentException()
        .as("a rate above MAX")
        .isThrownBy(() -> new TokenBucket(1, TokenBucket.MAX + 1, clock, lock));
    assertThatNullPointerException().isThrownBy(() -> new TokenBucket(1, 1, null, lock));
    assertThatNullPointerException().isThrownBy(() -> new TokenBucket(1, 1, clock, null));
    TokenBucket bucket = new TokenBucket(3, 1, clock, lock);
    assertThatIllegalArgumentException()
        .as("tryAcquire(0) is not a request")
        .isThrownBy(() -> bucket.tryAcquire(0));
    assertThatIllegalArgumentException()
        .as("tryAcquire(4) on a bucket of capacity 3 could never succeed: refuse it")
        .isThrownBy(() -> bucket.tryAcquire(4));
    assertThat(new TokenBucket(TokenBucket.MAX, TokenBucket.MAX, clock, lock).availableTokens())
        .as("the largest capacity and rate are accepted")
        .isEqualTo(TokenBucket.MAX);
  }

  // --- the refill ---

  @Test
  @DisplayName("refills at the rate: 2 per second gives a token every 500 ms, not before")
  void refillsAtTheRate() {
    TokenBucket bucket = new TokenBucket(10, 2, clock, lock);
    assertThat(bucket.tryAcquire(10)).isTrue();
    clock.advance(499 * MILLI);
    assertThat(bucket.availableTokens())
        .as("after 499 ms at 2 tokens per second, 0.998 of a token came back: no whole token")
        .isZero();
    assertThat(bucket.tryAcquire(1)).as("so tryAcquire(1) fails").isFalse();
    clock.advance(MILLI);
    assertThat(bucket.availableTokens())
        .as("after 500 ms exactly, one whole token is back (elapsed ns * rate / 1e9)")
        .isOne();
    clock.advance(2 * SECOND);
    assertThat(bucket.availableTokens()).as("2.5 s in all: 5 tokens").isEqualTo(5);
    assertThat(bucket.tryAcquire(5)).isTrue();
    assertThat(bucket.availableTokens()).isZero();
  }

  @Test
  @DisplayName("never holds more than its capacity: after an hour idle, one burst of capacity")
  void burstAfterIdleIsCapped() {
    TokenBucket bucket = new TokenBucket(8, 4, clock, lock);
    assertThat(bucket.tryAcquire(8)).isTrue();
    clock.advance(3_600 * SECOND);
    assertThat(bucket.availableTokens())
        .as("an hour at 4 per second would be 14,400 tokens, but a bucket of 8 holds 8")
        .isEqualTo(8);
    assertThat(bucket.tryAcquire(8)).as("the burst after idle is the capacity").isTrue();
    assertThat(bucket.tryAcquire(1)).as("and not one token more").isFalse();
    clock.advance(250 * MILLI);
    assertThat(bucket.availableTokens())
        .as("after the burst the refill starts from 0 again: 250 ms at 4/s is 1 token")
        .isOne();

    TokenBucket huge = new TokenBucket(TokenBucket.MAX, TokenBucket.MAX, clock, lock);
    assertThat(huge.tryAcquire(TokenBucket.MAX)).isTrue();
    clock.advance(Long.MAX_VALUE / 4);
    assertThat(huge.availableTokens())
        .as(
            "a long idle time at the largest rate: elapsed * rate overflows a long; cap before"
                + " multiplying")
        .isEqualTo(TokenBucket.MAX);
  }

  @Test
  @DisplayName("tryAcquire refills by itself, from the time elapsed since the last call")
  void tryAcquireRefills() {
    TokenBucket bucket = new TokenBucket(3, 1, clock, lock);
    assertThat(bucket.tryAcquire(3)).isTrue();
    clock.advance(SECOND);
    assertThat(bucket.tryAcquire(1))
        .as("1 s at 1 per second brought a token back: tryAcquire must refill before it checks")
        .isTrue();
    assertThat(bucket.tryAcquire(1)).as("and only one").isFalse();
    clock.advance(2 * SECOND);
    assertThat(bucket.tryAcquire(2)).as("2 s more: 2 tokens").isTrue();
  }

  @Test
  @DisplayName("fills up to the capacity and stops there, to the nanosecond")
  void fillsExactlyToCapacity() {
    TokenBucket slow = new TokenBucket(10, 2, clock, lock);
    assertThat(slow.tryAcquire(2)).isTrue();
    clock.advance(3 * SECOND);
    assertThat(slow.availableTokens())
        .as(
            "8 of 10 left, then 3 s at 2 per second would bring 6: full at 10, the rest is not kept")
        .isEqualTo(10);

    TokenBucket fast = new TokenBucket(10, TokenBucket.MAX, clock, lock);
    assertThat(fast.tryAcquire(2)).isTrue();
    clock.advance(1);
    assertThat(fast.availableTokens())
        .as("8 of 10 left, then 1 ns at 1e9 tokens per second: one token more, 9")
        .isEqualTo(9);
    clock.advance(1);
    assertThat(fast.availableTokens()).as("1 ns more: 10, full").isEqualTo(10);
    clock.advance(1);
    assertThat(fast.availableTokens())
        .as("1 ns more on a full bucket: still 10, never more than the capacity")
        .isEqualTo(10);
    assertThat(fast.tryAcquire(10)).isTrue();
    assertThat(fast.tryAcquire(1)).as("the full bucket held exactly 10").isFalse();
  }

  @Test
  @DisplayName("keeps the part of a token still arriving: 1000 small refills lose nothing")
  void noDriftFromRounding() {
    TokenBucket bucket = new TokenBucket(2_000, 1_000, clock, lock);
    assertThat(bucket.tryAcquire(2_000)).isTrue();
    for (int i = 0; i < 1_000; i++) {
      clock.advance(999_999); // 0.999999 of a token at 1000 per second
      bucket.availableTokens(); // a refill each time
    }
    assertThat(bucket.availableTokens())
        .as(
            "1000 steps of 999,999 ns at 1000 tokens per second are 999.999 tokens: 999 whole."
                + " A refill that drops the fraction (and moves its start to now) gets 0 here")
        .isEqualTo(999);
    clock.advance(1_000);
    assertThat(bucket.availableTokens())
        .as("1 us more completes the 1000th token")
        .isEqualTo(1_000);
  }

  @Test
  @DisplayName("is exact when a token is not a whole number of nanoseconds (3 per second)")
  void exactAtAnOddRate() {
    TokenBucket bucket = new TokenBucket(10, 3, clock, lock);
    assertThat(bucket.tryAcquire(10)).isTrue();
    clock.advance(SECOND - 1);
    assertThat(bucket.availableTokens())
        .as(
            "1 s - 1 ns at 3 per second is 2.999999997 tokens: 2. Counting 333,333,333 ns per"
                + " token (1e9 / 3 rounded down) already gives 3")
        .isEqualTo(2);
    clock.advance(1);
    assertThat(bucket.availableTokens()).as("at 1 s exactly: 3").isEqualTo(3);
    assertThat(bucket.tryAcquire(3)).isTrue();
    for (int i = 0; i < 3; i++) {
      clock.advance(333_333_333);
    }
    assertThat(bucket.availableTokens())
        .as("3 steps of 333,333,333 ns are 999,999,999 ns: 2 tokens, and the rest is kept")
        .isEqualTo(2);
    clock.advance(1);
    assertThat(bucket.availableTokens()).as("1 ns more makes the third").isEqualTo(3);
  }

  @Test
  @DisplayName("a clock that goes backwards adds no tokens and takes none away")
  void timeGoingBackwards() {
    TokenBucket bucket = new TokenBucket(5, 1, clock, lock);
    assertThat(bucket.tryAcquire(5)).isTrue();
    clock.advance(-10 * SECOND);
    assertThat(bucket.availableTokens())
        .as("the clock went back 10 s: no time passed for the bucket, it is still empty (not -10)")
        .isZero();
    assertThat(bucket.tryAcquire(1)).isFalse();
    clock.advance(11 * SECOND);
    assertThat(bucket.availableTokens())
        .as(
            "the clock is now 1 s past the latest reading before it went back: 1 token. Measure"
                + " from the latest reading seen, ignoring earlier ones (counting from the"
                + " earlier one would give 11 s, capped to 5)")
        .isOne();
  }

  // --- threads ---

  @Test
  @DisplayName("every method waits for the lock it was given while another thread holds it")
  void everyMethodUsesTheLock() throws Exception {
    TokenBucket bucket = new TokenBucket(5, 1, clock, lock);
    List<Thread> callers = new ArrayList<>();
    lock.lock();
    try {
      callers.add(start("tryAcquire", () -> bucket.tryAcquire(1)));
      callers.add(start("availableTokens", bucket::availableTokens));
      for (Thread caller : callers) {
        awaitQueued(
            caller,
            "while the test holds the bucket's lock, "
                + caller.getName()
                + "() must wait to get it: read and change the tokens only under the lock given"
                + " to the constructor");
      }
    } finally {
      lock.unlock();
    }
    for (Thread caller : callers) {
      caller.join(PATIENCE_MILLIS);
      assertThat(caller.isAlive()).as("%s must finish once the lock is free", caller).isFalse();
    }
    assertThat(bucket.availableTokens()).isEqualTo(4);
  }

  @Test
  @DisplayName("two threads after the last token: the check and the take are one step")
  void checkAndTakeAreOneStep() throws Exception {
    // A fair lock hands itself to the longest waiter: a thread that lets the lock go between its
    // check and its take must queue behind the other thread, which then checks too.
    ReentrantLock fair = new ReentrantLock(true);
    TokenBucket bucket = new TokenBucket(1, 1, clock, fair);
    AtomicLong granted = new AtomicLong();
    Thread first;
    Thread second;
    fair.lock();
    try {
      first = start("caller-1", () -> count(bucket, granted));
      awaitQueued(first, fair, "tryAcquire must wait for the lock the test holds");
      second = start("caller-2", () -> count(bucket, granted));
      awaitQueued(second, fair, "tryAcquire must wait for the lock the test holds");
    } finally {
      fair.unlock();
    }
    first.join(PATIENCE_MILLIS);
    second.join(PATIENCE_MILLIS);
    assertThat(first.isAlive() || second.isAlive()).as("both callers must finish").isFalse();
    assertThat(granted.get())
        .as(
            "two threads asked for the one token left and %d got it. If the check (enough"
                + " tokens?) and the take (tokens -= n) are two critical sections, both can check"
                + " before either takes: do both under one lock.lock()",
            granted.get())
        .isOne();
    assertThat(bucket.availableTokens()).as("no token may be owed: 0, not -1").isZero();
  }

  @Test
  @DisplayName(
      "8 threads released together at a frozen clock get exactly the capacity, 20,000 tokens")
  void stress() throws Exception {
    long capacity = 20_000;
    TokenBucket bucket = new TokenBucket(capacity, 1, clock, lock);
    int threads = 8;
    CyclicBarrier go = new CyclicBarrier(threads);
    AtomicLong granted = new AtomicLong();
    List<Thread> all = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      all.add(
          start(
              "acquirer-" + t,
              () -> {
                go.await(PATIENCE_MILLIS, MILLISECONDS);
                long mine = 0;
                while (bucket.tryAcquire(1)) {
                  mine++;
                }
                granted.addAndGet(mine);
                return null;
              }));
    }
    for (Thread thread : all) {
      thread.join(PATIENCE_MILLIS * 2);
      if (thread.isAlive()) {
        fail(thread.getName() + " did not finish: does tryAcquire ever say false?");
      }
    }
    assertThat(granted.get())
        .as(
            "%d threads took tokens until refused, with the clock standing still: together"
                + " exactly the capacity %d. More means two threads took the same token (a check"
                + " and a take not under one lock, or no lock)",
            threads, capacity)
        .isEqualTo(capacity);
    assertThat(bucket.availableTokens()).isZero();
    clock.advance(3 * SECOND);
    assertThat(bucket.availableTokens()).as("3 s at 1 per second").isEqualTo(3);
  }

  // --- helpers ---

  @FunctionalInterface
  private interface Task {
    Object call() throws Exception;
  }

  private Thread start(String name, Task task) {
    Thread thread =
        new Thread(
            () -> {
              try {
                task.call();
              } catch (Exception e) {
                // the assertions on the counts tell what went wrong
              }
            },
            name);
    thread.setDaemon(true);
    started.add(thread);
    thread.start();
    return thread;
  }

  private static Object count(TokenBucket bucket, AtomicLong granted) {
    if (bucket.tryAcquire(1)) {
      granted.incrementAndGet();
    }
    return null;
  }

  private void awaitQueued(Thread thread, String why) {
    awaitQueued(thread, lock, why);
  }

  private static void awaitQueued(Thread thread, ReentrantLock lock, String why) {
    long deadline = System.nanoTime() + MILLISECONDS.toNanos(PATIENCE_MILLIS);
    while (!lock.hasQueuedThread(thread)) {
      if (!thread.isAlive() || System.nanoTime() > deadline) {
        fail(
            why
                + ", but "
                + thread.getName()
                + (thread.isAlive() ? " does not wait for it" : " finished without it"));
      }
      Thread.yield();
    }
  }
}
