package dev.roadmapkit.osfundamentals.memoryleak;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("os-fundamentals/memory-leak: EventBus")
class EventBusTest {

  private static final String KEEP =
      "this guard passed before your change: fixing the leak must not change what listeners get";

  /** A listener that records its events and carries some weight, like a real one would. */
  static final class Recorder implements Listener {
    final List<String> events = new ArrayList<>();
    final byte[] state = new byte[16 * 1024];

    @Override
    public void onEvent(String event) {
      events.add(event);
    }
  }

  @Test
  @Tag("guard")
  @DisplayName("events reach every subscribed listener, in subscription order, until closed")
  void delivers() {
    EventBus bus = new EventBus();
    List<String> calls = new ArrayList<>();
    Subscription a = bus.subscribe(e -> calls.add("a:" + e));
    bus.subscribe(e -> calls.add("b:" + e));
    bus.publish("one");
    assertThat(bus.listenerCount()).as(KEEP).isEqualTo(2);
    a.close();
    bus.publish("two");
    assertThat(calls).as(KEEP).containsExactly("a:one", "b:one", "b:two");
    assertThat(bus.listenerCount()).as(KEEP + ": one listener is left").isOne();
    a.close();
    assertThat(bus.listenerCount()).as(KEEP + ": closing twice does nothing more").isOne();
  }

  @Test
  @Tag("guard")
  @DisplayName("subscriptions closed in any order leave exactly the others")
  void closeInAnyOrder() {
    EventBus bus = new EventBus();
    List<String> calls = new ArrayList<>();
    List<Subscription> subscriptions = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d", "e")) {
      subscriptions.add(bus.subscribe(e -> calls.add(name)));
    }
    subscriptions.get(0).close();
    subscriptions.get(3).close();
    subscriptions.get(4).close();
    subscriptions.get(3).close();
    bus.publish("x");
    assertThat(calls).as(KEEP).containsExactly("b", "c");
    assertThat(bus.listenerCount()).as(KEEP).isEqualTo(2);
  }

  @Test
  @Tag("guard")
  @DisplayName("a listener may close subscriptions while an event is being published")
  void closeDuringPublish() {
    EventBus bus = new EventBus();
    List<String> calls = new ArrayList<>();
    Subscription[] later = new Subscription[1];
    Subscription[] own = new Subscription[1];
    own[0] =
        bus.subscribe(
            e -> {
              calls.add("first:" + e);
              own[0].close(); // a one-shot listener
              later[0].close(); // and it cancels the next one
            });
    later[0] = bus.subscribe(e -> calls.add("second:" + e));
    bus.subscribe(e -> calls.add("third:" + e));
    bus.publish("go");
    bus.publish("again");
    assertThat(calls)
        .as(
            KEEP
                + ": the first listener closed itself and the second during the event, so the"
                + " second never hears it (and a list changed while it is walked must not throw)")
        .containsExactly("first:go", "third:go", "third:again");
  }

  @Test
  @DisplayName("a closed listener can be collected, even while the caller keeps the subscription")
  void closedListenerIsCollected() {
    EventBus bus = new EventBus();
    List<Subscription> kept = new ArrayList<>();
    WeakReference<Recorder> listener = subscribeUseAndClose(bus, kept);
    if (GcProbe.collected(listener)) {
      return;
    }
    kept.clear(); // now nobody outside the bus holds the subscription either
    if (GcProbe.collected(listener)) {
      throw new AssertionError(
          "after close() the listener stayed reachable through the Subscription object, which the"
              + " caller still held (callers keep them in fields): after "
              + GcProbe.CYCLES
              + " GC cycles it was still there. In close(), drop the subscription's reference to"
              + " the listener too (set the field to null).");
    }
    throw new AssertionError(
        "after close() and "
            + GcProbe.CYCLES
            + " GC cycles the listener is still reachable, even with the subscription dropped:"
            + " the registry's listener list still holds it. Remove its entry from the list in"
            + " Subscription.close(); marking it closed is not enough.");
  }

  @Test
  @DisplayName("1000 listeners subscribed and closed leave nothing behind")
  void manyClosedListenersAreCollected() {
    EventBus bus = new EventBus();
    bus.subscribe(e -> {}); // one that stays
    List<WeakReference<Recorder>> listeners = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      listeners.add(subscribeUseAndClose(bus, new ArrayList<>()));
    }
    assertThat(bus.listenerCount()).as("one listener is still subscribed").isOne();
    int alive = GcProbe.stillReachable(listeners);
    assertThat(alive)
        .as(
            "1000 subscriptions were closed and dropped, each listener carrying 16 KiB; a server"
                + " does this for every connection. %d of them are still reachable after the GC"
                + " cycles: the bus still holds them. Remove the entry in close()",
            alive)
        .isZero();
  }

  /** In its own frame, so that no local variable of the test keeps the listener alive. */
  private static WeakReference<Recorder> subscribeUseAndClose(
      EventBus bus, List<Subscription> kept) {
    Recorder listener = new Recorder();
    Subscription subscription = bus.subscribe(listener);
    bus.publish("hello");
    assertThat(listener.events).as("the listener got the event published").containsExactly("hello");
    subscription.close();
    kept.add(subscription);
    return new WeakReference<>(listener);
  }
}
