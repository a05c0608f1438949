package dev.roadmapkit.osfundamentals.memoryleak;

/**
 * Given: what {@link EventBus#subscribe} returns; closing it ends the subscription. Do not change
 * this interface.
 */
public interface Subscription extends AutoCloseable {

  /** Ends the subscription: the listener gets no more events. Closing twice does nothing more. */
  @Override
  void close();
}
