package dev.roadmapkit.caching.writestrategies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake store that records every call, in order, and can be told to fail its next calls, like a
 * database that is briefly unavailable.
 */
final class RecordingStore<K, V> implements BackingStore<K, V> {

  /** One call to the store: a single {@code write} or a batch {@code writeAll}. */
  sealed interface Call permits Write, WriteAll {}

  record Write(Object key, Object value) implements Call {
    @Override
    public String toString() {
      return "write(" + key + ", " + value + ")";
    }
  }

  record WriteAll(Map<?, ?> entries) implements Call {
    @Override
    public String toString() {
      return "writeAll(" + entries + ")";
    }
  }

  private final List<Call> calls = new ArrayList<>();
  private final Map<K, V> contents = new LinkedHashMap<>();
  private int failuresLeft;
  private RuntimeException failure = new IllegalStateException("store unavailable");

  /** Makes the next {@code count} calls throw {@code failure} without writing anything. */
  void failNext(int count, RuntimeException failure) {
    this.failuresLeft = count;
    this.failure = failure;
  }

  /** Every successful call so far, in order. */
  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** What the store holds: the last value written for each key. */
  Map<K, V> contents() {
    return Map.copyOf(contents);
  }

  @Override
  public void write(K key, V value) {
    failIfAsked();
    calls.add(new Write(key, value));
    contents.put(key, value);
  }

  @Override
  public void writeAll(Map<K, V> entries) {
    failIfAsked();
    calls.add(new WriteAll(Map.copyOf(entries)));
    contents.putAll(entries);
  }

  private void failIfAsked() {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw failure;
    }
  }
}
