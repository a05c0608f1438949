package dev.roadmapkit.osfundamentals.memoryleak;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Exercise {@code os-fundamentals/memory-leak}, part 1: a registry of listeners that forgets a
 * listener when its subscription is closed.
 *
 * <p>Key idea: a garbage collector frees what is unreachable, so a registry must drop its reference
 * when the subscription ends, and the subscription object, which callers keep, must drop its own.
 * The list is copy-on-write: publishing walks a snapshot, so a listener may close subscriptions
 * while an event is delivered; the trade-off is a copy per subscribe and close, cheap when events
 * are far more frequent than subscriptions.
 */
public final class EventBus {

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  /** Subscribes {@code listener}; it receives every event published until it is closed. */
  public Subscription subscribe(Listener listener) {
    Entry entry = new Entry(Objects.requireNonNull(listener, "listener"));
    entries.add(entry);
    return entry;
  }

  /** Hands {@code event} to every subscribed listener, in the order they subscribed. */
  public void publish(String event) {
    for (Entry entry : entries) {
      Listener listener = entry.listener;
      if (listener != null) { // closed during this publish: no more events
        listener.onEvent(event);
      }
    }
  }

  /** The number of listeners subscribed now. */
  public int listenerCount() {
    return entries.size();
  }

  private final class Entry implements Subscription {
    private volatile Listener listener;

    Entry(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void close() {
      listener = null; // a caller may keep the subscription; it must not keep the listener
      entries.remove(this);
    }
  }
}
