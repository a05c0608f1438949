package dev.roadmapkit.osfundamentals.memoryleak;

/** Given: receives the events an {@link EventBus} publishes. Do not change this interface. */
@FunctionalInterface
public interface Listener {

  /** Called for each event published while the listener is subscribed. */
  void onEvent(String event);
}
