package dev.roadmapkit.apis.conditionalrequests;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Given: the profiles, as the exact JSON bytes of each representation, by id. Thread-safe: each
 * method on its own is atomic. A read followed by a {@link #put} is not: another request may write
 * in between. {@link #replace} is the atomic compare-and-set that closes that gap.
 */
public final class ProfileStore {

  private final Map<String, byte[]> profiles = new HashMap<>();
  private volatile Runnable readHook = () -> {};

  /** The current representation of the profile, or empty when there is none. */
  public Optional<byte[]> get(String id) {
    byte[] current;
    synchronized (this) {
      current = profiles.get(id);
    }
    readHook.run();
    return Optional.ofNullable(current).map(byte[]::clone);
  }

  /** Stores {@code body} as the profile's representation, whatever was there before. */
  public synchronized void put(String id, byte[] body) {
    profiles.put(id, body.clone());
  }

  /**
   * Atomically replaces the profile's representation by {@code replacement} only if it is still
   * exactly {@code expected} (the same bytes).
   *
   * @return true if it was replaced; false if the profile is missing or changed meanwhile
   */
  public synchronized boolean replace(String id, byte[] expected, byte[] replacement) {
    byte[] current = profiles.get(id);
    if (current == null || !Arrays.equals(current, expected)) {
      return false;
    }
    profiles.put(id, replacement.clone());
    return true;
  }

  /** For the tests: runs after every {@link #get} has read, outside the store's lock. */
  void onRead(Runnable hook) {
    this.readHook = hook;
  }
}
