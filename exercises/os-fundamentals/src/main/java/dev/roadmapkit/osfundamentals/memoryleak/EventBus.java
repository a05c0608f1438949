package dev.roadmapkit.osfundamentals.memoryleak;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise {@code os-fundamentals/memory-leak}, part 1: a registry of listeners. It works, and the
 * guard tests keep it working, but it leaks.
 *
 * <p>A server subscribes a listener per open connection, page or session and closes the
 * subscription when that ends. Here a closed subscription is only marked inactive: its entry, and
 * with it the listener and everything the listener refers to, stays in the list forever. A garbage
 * collector frees only what nothing refers to, and this list refers to all of it.
 *
 * <p>Fix it so that after {@code close()} nothing here keeps the listener reachable: not the bus's
 * list, and not the {@link Subscription} object the caller may still hold (callers keep them in
 * fields). Keep the behaviour: events reach the listeners subscribed, in the order they subscribed;
 * a listener may close its own subscription, or another one, while an event is being published;
 * closing twice does nothing more.
 */
public final class EventBus {

  private final List<Entry> entries = new ArrayList<>();

  /** Subscribes {@code listener}; it receives every event published until it is closed. */
  public Subscription subscribe(Listener listener) {
    Entry entry = new Entry(listener);
    entries.add(entry);
    return entry;
  }

  /** Hands {@code event} to every subscribed listener, in the order they subscribed. */
  public void publish(String event) {
    for (Entry entry : entries) {
      if (entry.active) {
        entry.listener.onEvent(event);
      }
    }
  }

  /** The number of listeners subscribed now. */
  public int listenerCount() {
    int count = 0;
    for (Entry entry : entries) {
      if (entry.active) {
        count++;
      }
    }
    return count;
  }

  private static final class Entry implements Subscription {
    private final Listener listener;
    private boolean active = true;

    Entry(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void close() {
      active = false; // the leak: the entry, and its listener, stay in the list
    }
  }
}
