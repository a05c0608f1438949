package dev.roadmapkit.osfundamentals.memoryleak;

import java.lang.ref.WeakReference;
import java.util.List;

/**
 * Asks the JVM to collect garbage a bounded number of times and says whether a weakly referenced
 * object was collected. On JDK 17, 21 and 25 {@code System.gc()} runs a full collection with every
 * standard collector, so an unreachable object is gone after the first cycle; ten cycles, each with
 * a little allocation between, leave no room for luck. An object still there after them is
 * reachable: something holds it.
 */
final class GcProbe {

  static final int CYCLES = 10;

  @SuppressWarnings("unused")
  private static volatile Object sink;

  private GcProbe() {}

  static boolean collected(WeakReference<?> reference) {
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      if (reference.refersTo(null)) {
        return true;
      }
      System.gc();
      sink = new byte[256 * 1024]; // a small allocation, so a young collection has a reason to run
    }
    sink = null;
    return reference.refersTo(null);
  }

  /** How many of {@code references} still refer to their object after the GC cycles. */
  static int stillReachable(List<? extends WeakReference<?>> references) {
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      if (references.stream().allMatch(r -> r.refersTo(null))) {
        return 0;
      }
      System.gc();
      sink = new byte[256 * 1024];
    }
    sink = null;
    return (int) references.stream().filter(r -> !r.refersTo(null)).count();
  }
}
