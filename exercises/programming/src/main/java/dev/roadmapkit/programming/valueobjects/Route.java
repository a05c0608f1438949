package dev.roadmapkit.programming.valueobjects;

import java.util.List;

/**
 * Exercise {@code programming/value-objects}, part 1: a route as an immutable value.
 *
 * <p>The code this replaces was a class with a public {@code List<String> stops} field and an
 * {@code equals}/{@code hashCode} over it. A route was put in a {@code HashSet}, then someone added
 * a stop to its list: its hash code changed, it sat in the bucket of its old hash, and {@code
 * set.contains(route)} said false for the very object in the set. A key must not change while it is
 * in a hash set or map; the cure is a value that cannot change at all.
 *
 * <p>A record gives {@code equals}, {@code hashCode} and {@code toString} over its components, but
 * a record is only as immutable as its components: a {@code List} component must be copied into an
 * unmodifiable list in the compact constructor ({@link List#copyOf}), so that neither the caller's
 * list nor the accessor's result can change the route. A view such as {@code
 * Collections.unmodifiableList} is not a copy: the caller's changes show through it.
 *
 * @param name the route's name, not blank
 * @param stops the stops in order, at least two
 */
public record Route(String name, List<String> stops) {

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException when {@code name} is blank or there are fewer than two stops
   */
  public Route {
    throw new UnsupportedOperationException(
        "TODO programming/value-objects: check name and stops, then stops = List.copyOf(stops)");
  }

  /** A new route with {@code stop} added at the end; this one is unchanged. */
  public Route withStop(String stop) {
    throw new UnsupportedOperationException(
        "TODO programming/value-objects: a new Route over a copy of the stops plus stop");
  }
}
