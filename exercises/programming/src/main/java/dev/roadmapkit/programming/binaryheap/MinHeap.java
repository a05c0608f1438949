package dev.roadmapkit.programming.binaryheap;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Exercise {@code programming/binary-heap}: a priority queue that always hands out its smallest
 * element, as a binary min-heap stored in an array.
 *
 * <p>The heap is a complete binary tree laid out level by level in an array: the root is at index
 * 0, the children of index {@code i} are at {@code 2 * i + 1} and {@code 2 * i + 2}, and its parent
 * is at {@code (i - 1) / 2}. The heap property: no element is smaller than its parent (by the
 * comparator), so the root is the smallest.
 *
 * <ul>
 *   <li>{@link #add}: put the element at the end, then <em>sift it up</em>: while it is smaller
 *       than its parent, swap the two.
 *   <li>{@link #poll}: take the root, move the last element to the root, then <em>sift it
 *       down</em>: while it is larger than the smaller of its children, swap it with that child
 *       (with the left one when both children are equal).
 * </ul>
 *
 * <p>Both are O(log n) comparisons: a test counts the comparator's calls, so a poll that scans all
 * elements for the smallest fails even though its answers are right. The array starts small and
 * doubles when full; do not use {@link java.util.PriorityQueue} or any other sorted collection.
 *
 * @param <T> the element type
 */
public final class MinHeap<T> {

  /**
   * An empty heap ordered by {@code comparator}.
   *
   * @param comparator the order; the heap hands out the element it ranks first
   */
  public MinHeap(Comparator<? super T> comparator) {
    throw new UnsupportedOperationException(
        "TODO programming/binary-heap: keep the comparator and an Object[] of a small capacity");
  }

  /**
   * Adds {@code element}: appended at the end of the array, then sifted up.
   *
   * @throws NullPointerException when {@code element} is null
   */
  public void add(T element) {
    throw new UnsupportedOperationException(
        "TODO programming/binary-heap: append (grow the array when full), then swap with the parent"
            + " at (i - 1) / 2 while smaller");
  }

  /** Removes and returns the smallest element, or empty when the heap is empty. */
  public Optional<T> poll() {
    throw new UnsupportedOperationException(
        "TODO programming/binary-heap: take the root, move the last element there, sift it down");
  }

  /** Returns the smallest element without removing it, or empty when the heap is empty. */
  public Optional<T> peek() {
    throw new UnsupportedOperationException("TODO programming/binary-heap: the root, index 0");
  }

  /** The number of elements. */
  public int size() {
    throw new UnsupportedOperationException("TODO programming/binary-heap: the number of elements");
  }

  /** Whether the heap holds no element. */
  public boolean isEmpty() {
    throw new UnsupportedOperationException("TODO programming/binary-heap: size() == 0");
  }

  /**
   * The array's elements in index order, index 0 first, for the tests to check the heap property
   * and the exact layout: after adding 5, 3, 8, 1 it is {@code [1, 3, 8, 5]}.
   */
  public List<T> levelOrder() {
    throw new UnsupportedOperationException(
        "TODO programming/binary-heap: the first size() entries of the array, as a List");
  }
}
