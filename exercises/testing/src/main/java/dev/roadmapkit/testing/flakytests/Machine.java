package dev.roadmapkit.testing.flakytests;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The machine this code runs on: its system clock and how long a report takes to compute. In
 * production they are the real clock and the real work. The grading changes them from run to run,
 * as a busy CI machine, a suspended laptop and a clock corrected by NTP do, to show which tests
 * depend on timing. Your tests must not use this class: give the code a {@code Clock} and an {@code
 * Executor} of your own instead.
 */
final class Machine {

  /** The system clock, which {@link SessionStore#SessionStore(java.time.Duration)} reads. */
  static volatile Clock clock = Clock.systemUTC();

  /**
   * How long a report's work takes when it is handed to another thread, in milliseconds: the delay
   * of a busy machine's thread pool.
   */
  static volatile long handOverMillis;

  private Machine() {}

  /**
   * Does a report's work, which {@code caller} handed over: takes {@link #handOverMillis} on
   * another thread, no time on the caller's own.
   */
  static void workHandedOverBy(Thread caller) {
    if (Thread.currentThread() != caller) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(handOverMillis));
    }
  }
}
