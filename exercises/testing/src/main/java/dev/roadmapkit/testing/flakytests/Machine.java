package dev.roadmapkit.testing.flakytests;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The machine this code runs on: its system clock and how late its threads pick up work handed to
 * them. In production they are the real clock and the real scheduling. The grading changes them
 * from run to run, as a busy CI machine, a suspended laptop and a clock corrected by NTP do, to
 * show which tests depend on timing. Your tests must not use this class: give the code a {@code
 * Clock} and an {@code Executor} of your own instead.
 */
final class Machine {

  /** The system clock, which {@link SessionStore#SessionStore(java.time.Duration)} reads. */
  static volatile Clock clock = Clock.systemUTC();

  /**
   * How late work handed to another thread starts, in milliseconds: the delay of a busy machine's
   * thread pool.
   */
  static volatile long handOverMillis;

  private Machine() {}

  /**
   * The work handed to {@code executor} on this machine: run on another thread, it starts {@link
   * #handOverMillis} late; run on the caller's own thread, at once.
   */
  static Executor handOver(Executor executor) {
    return work -> {
      Thread caller = Thread.currentThread();
      executor.execute(
          () -> {
            if (Thread.currentThread() != caller) {
              LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(handOverMillis));
            }
            work.run();
          });
    };
  }
}
