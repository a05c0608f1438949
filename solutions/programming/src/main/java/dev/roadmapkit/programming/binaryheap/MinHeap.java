package dev.roadmapkit.programming.binaryheap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercise {@code programming/binary-heap}: a priority queue that always hands out its smallest
 * element, as a binary min-heap stored in an array.
 *
 * <p>Key idea: a complete binary tree needs no pointers; index arithmetic finds parent and
 * children, so the whole heap is one array. Keeping only the heap property (each parent no larger
 * than its children), rather than a full order, is what makes add and poll O(log n): each walks one
 * path between root and leaf. The price is that only the smallest element is cheap to find.
 *
 * @param <T> the element type
 */
public final class MinHeap<T> {

  private final Comparator<? super T> comparator;
  private Object[] elements = new Object[4];
  private int size;

  /**
   * An empty heap ordered by {@code comparator}.
   *
   * @param comparator the order; the heap hands out the element it ranks first
   */
  public MinHeap(Comparator<? super T> comparator) {
    this.comparator = Objects.requireNonNull(comparator, "comparator");
  }

  /**
   * Adds {@code element}: appended at the end of the array, then sifted up.
   *
   * @throws NullPointerException when {@code element} is null
   */
  public void add(T element) {
    Objects.requireNonNull(element, "a heap holds no null element");
    if (size == elements.length) {
      elements = Arrays.copyOf(elements, size * 2);
    }
    int i = size++;
    elements[i] = element;
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (compare(i, parent) >= 0) {
        break;
      }
      swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the smallest element, or empty when the heap is empty. */
  public Optional<T> poll() {
    if (size == 0) {
      return Optional.empty();
    }
    T smallest = at(0);
    size--;
    elements[0] = elements[size];
    // Let the moved reference go, so a polled element can be collected.
    elements[size] = null;
    int i = 0;
    while (true) {
      int left = 2 * i + 1;
      if (left >= size) {
        break;
      }
      int right = left + 1;
      int smaller = right < size && compare(right, left) < 0 ? right : left;
      if (compare(i, smaller) <= 0) {
        break;
      }
      swap(i, smaller);
      i = smaller;
    }
    return Optional.of(smallest);
  }

  /** Returns the smallest element without removing it, or empty when the heap is empty. */
  public Optional<T> peek() {
    return size == 0 ? Optional.empty() : Optional.of(at(0));
  }

  /** The number of elements. */
  public int size() {
    return size;
  }

  /** Whether the heap holds no element. */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * The array's elements in index order, index 0 first, for the tests to check the heap property
   * and the exact layout: after adding 5, 3, 8, 1 it is {@code [1, 3, 8, 5]}.
   */
  public List<T> levelOrder() {
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(at(i));
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private T at(int i) {
    return (T) elements[i];
  }

  private int compare(int i, int j) {
    return comparator.compare(at(i), at(j));
  }

  private void swap(int i, int j) {
    Object held = elements[i];
    elements[i] = elements[j];
    elements[j] = held;
  }
}
