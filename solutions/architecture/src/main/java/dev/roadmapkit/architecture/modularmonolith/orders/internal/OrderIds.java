package dev.roadmapkit.architecture.modularmonolith.orders.internal;

import java.util.concurrent.atomic.AtomicLong;

/** The orders module's order ids: {@code ORD-1}, {@code ORD-2}, ... */
public final class OrderIds {

  private final AtomicLong last = new AtomicLong();

  /** The next id. */
  public String next() {
    return "ORD-" + last.incrementAndGet();
  }

  /** Whether {@code text} has the form of an order id. */
  public static boolean isValid(String text) {
    return text.matches("ORD-[1-9][0-9]*");
  }
}
