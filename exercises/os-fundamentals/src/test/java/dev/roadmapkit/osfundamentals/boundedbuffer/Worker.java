package dev.roadmapkit.osfundamentals.boundedbuffer;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A named daemon thread running one call on the buffer, with what it returned or threw. The tests
 * watch it with bounded polls (never a sleep, never an unbounded join): waiting in {@code await()}
 * on a condition, queued for the lock, or finished.
 */
final class Worker {

  /** The longest any poll for a state waits before the test fails with its message. */
  static final long PATIENCE_MILLIS = 2_000;

  /** How long every unfinished thread must sit in await() before they count as stuck. */
  static final long STUCK_MILLIS = 250;

  private final String name;
  private final ReentrantLock lock;
  private final Thread thread;
  private volatile Object result;
  private volatile Throwable failure;
  private volatile boolean done;

  private Worker(String name, Callable<?> call, ReentrantLock lock) {
    this.name = name;
    this.lock = lock;
    this.thread =
        new Thread(
            () -> {
              try {
                result = call.call();
              } catch (Throwable t) {
                failure = t;
              } finally {
                done = true;
              }
            },
            name);
    thread.setDaemon(true);
  }

  static Worker start(String name, Callable<?> call, ReentrantLock lock) {
    Worker worker = new Worker(name, call, lock);
    worker.thread.start();
    return worker;
  }

  String name() {
    return name;
  }

  Thread thread() {
    return thread;
  }

  boolean done() {
    return done;
  }

  Object result() {
    return result;
  }

  Throwable failure() {
    return failure;
  }

  /** What the worker ended with, in words, for a failure message. */
  String outcome() {
    if (!done) {
      return name + " has not finished";
    }
    if (failure != null) {
      return name + " threw " + failure;
    }
    return name + " returned " + (result == null ? "null" : "\"" + result + "\"");
  }

  /**
   * Whether the thread is parked in {@code await()} of a condition and not yet signalled. A
   * signalled thread stays parked in {@code await()} until it gets the lock back, but it is then
   * queued for the lock: that one is on its way, not waiting.
   */
  boolean awaitingCondition() {
    Object before = LockSupport.getBlocker(thread);
    Thread.State state = thread.getState();
    boolean queued = lock.hasQueuedThread(thread);
    Object after = LockSupport.getBlocker(thread);
    return before == after
        && !queued
        && !lock.hasQueuedThread(thread)
        && before instanceof AbstractQueuedSynchronizer.ConditionObject
        && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING);
  }

  /** Waits until the worker waits in {@code await()}; fails with {@code why} if it finishes. */
  void awaitAwaiting(String why) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
    while (!awaitingCondition()) {
      if (done) {
        fail(why + ", but " + outcome());
      }
      if (System.nanoTime() > deadline) {
        fail(
            why
                + ", but after "
                + PATIENCE_MILLIS
                + " ms "
                + name
                + " was not waiting in await() on a condition of the given lock: "
                + describe());
      }
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  /** Waits until the worker is queued for {@code lock}; fails with {@code why} otherwise. */
  void awaitQueuedOn(ReentrantLock lock, String why) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
    while (!lock.hasQueuedThread(thread)) {
      if (done) {
        fail(why + ", but " + outcome() + " without waiting for the lock the test holds");
      }
      if (System.nanoTime() > deadline) {
        fail(why + ", but after " + PATIENCE_MILLIS + " ms " + name + " is " + describe());
      }
      Thread.yield();
    }
  }

  /** The worker's result, waiting a bounded time for it; fails when it is stuck or threw. */
  Object awaitResult(String why) {
    awaitAll(List.of(this), why);
    if (failure != null) {
      throw new AssertionError(why + ", but " + outcome(), failure);
    }
    return result;
  }

  /** Waits until all {@code workers} finished; fails naming every one still stuck and where. */
  static void awaitAll(List<Worker> workers, String why) {
    awaitAll(workers, why, PATIENCE_MILLIS);
  }

  /** As {@link #awaitAll(List, String)}, with {@code patienceMillis} instead of the default. */
  static void awaitAll(List<Worker> workers, String why, long patienceMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patienceMillis);
    long allAwaitingSince = 0;
    while (System.nanoTime() < deadline) {
      if (workers.stream().allMatch(Worker::done)) {
        return;
      }
      // Every thread still running parked in await(), for a while: nobody is left to signal
      // them, so they are stuck for good (a lost wakeup); no need to wait out the patience.
      if (workers.stream().allMatch(w -> w.done || w.awaitingCondition())) {
        if (allAwaitingSince == 0) {
          allAwaitingSince = System.nanoTime();
        } else if (System.nanoTime() - allAwaitingSince
            > TimeUnit.MILLISECONDS.toNanos(STUCK_MILLIS)) {
          break;
        }
      } else {
        allAwaitingSince = 0;
      }
      Thread.yield();
    }
    List<String> stuck = new ArrayList<>();
    for (Worker worker : workers) {
      if (!worker.done) {
        stuck.add(worker.name + " " + worker.describe());
      }
    }
    if (stuck.isEmpty()) {
      return;
    }
    fail(
        why
            + "; after "
            + patienceMillis
            + " ms (or once all of them sat in await() with nobody left to wake them) these threads"
            + " are stuck:\n  "
            + String.join("\n  ", stuck));
  }

  /** Where the thread is: waiting on a condition, for the lock, or running, and in which method. */
  String describe() {
    Object blocker = LockSupport.getBlocker(thread);
    String where;
    if (done) {
      where = "finished (" + outcome() + ")";
    } else if (blocker instanceof AbstractQueuedSynchronizer.ConditionObject) {
      where = "waiting in await() on a condition";
    } else if (blocker instanceof AbstractQueuedSynchronizer) {
      where = "waiting to get the lock";
    } else {
      where = "in state " + thread.getState();
    }
    for (StackTraceElement frame : thread.getStackTrace()) {
      if (frame.getClassName().equals(BoundedBuffer.class.getName())) {
        return where + " in BoundedBuffer." + frame.getMethodName() + "()";
      }
    }
    return where;
  }

  /** Stops a worker the test no longer needs (a stuck one in a broken buffer). */
  void stop() throws InterruptedException {
    thread.interrupt();
    thread.join(500);
  }
}
