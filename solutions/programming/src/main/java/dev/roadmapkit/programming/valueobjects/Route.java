package dev.roadmapkit.programming.valueobjects;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise {@code programming/value-objects}, part 1: a route as an immutable value.
 *
 * <p>Key idea: a record's equality is its components' equality, so the record is a safe hash key
 * exactly when its components cannot change. {@link List#copyOf} makes one unmodifiable copy when
 * the route is made (and no copy at all when given a list that is already one), so the caller keeps
 * no handle on the route's list and the accessor hands out nothing that can be changed. Changing a
 * route means making a new one, which costs a copy of its stops.
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
    if (name.isBlank()) {
      throw new IllegalArgumentException("a route needs a name, was \"" + name + "\"");
    }
    if (stops.size() < 2) {
      throw new IllegalArgumentException("a route needs at least two stops, was " + stops);
    }
    stops = List.copyOf(stops);
  }

  /** A new route with {@code stop} added at the end; this one is unchanged. */
  public Route withStop(String stop) {
    List<String> longer = new ArrayList<>(stops);
    longer.add(stop);
    return new Route(name, longer);
  }
}
