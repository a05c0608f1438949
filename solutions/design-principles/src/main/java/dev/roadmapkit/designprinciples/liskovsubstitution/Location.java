package dev.roadmapkit.designprinciples.liskovsubstitution;

import java.util.Optional;

/**
 * A place in the warehouse where goods are picked: an aisle and a shelf, and for some bins a label.
 *
 * <p>The contract every implementation keeps, so that code written against {@code Location} works
 * with any of them (the Liskov substitution principle):
 *
 * <ul>
 *   <li>{@link #aisle()} and {@link #shelf()} are never negative.
 *   <li>{@link #distanceTo} is the number of steps a picker walks, {@code |aisle difference| +
 *       |shelf difference|}: never negative, 0 from a location to itself, the same in both
 *       directions, and never longer than a detour through a third location.
 *   <li>{@link #equals} follows {@link Object#equals}: reflexive, symmetric, transitive. Two
 *       locations are equal when they are the same kind of location with the same values: a
 *       labelled bin is never equal to a plain bin, even on the same shelf. Equal locations have
 *       equal {@link #hashCode()}s. Pick lists, sets and maps of locations rely on all of this.
 * </ul>
 */
public interface Location {

  /** The aisle, from 0. */
  int aisle();

  /** The shelf within the aisle, from 0. */
  int shelf();

  /** The label printed on the bin, if it has one. */
  Optional<String> label();

  /** The steps a picker walks from here to {@code other}. */
  int distanceTo(Location other);
}
