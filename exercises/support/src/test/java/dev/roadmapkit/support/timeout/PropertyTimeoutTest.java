package dev.roadmapkit.support.timeout;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.concurrent.CountDownLatch;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

@DisplayName("A jqwik property with an endless loop fails after the default timeout")
class PropertyTimeoutTest {

  static class Fixture {
    @Property(tries = 10)
    boolean waitsForever(@ForAll int ignored) throws InterruptedException {
      new CountDownLatch(1).await(); // nobody counts down: a deadlock in miniature
      return true;
    }

    @Property(tries = 10)
    boolean finishes(@ForAll int value) {
      return value == value;
    }
  }

  @BeforeEach
  void shortTimeout() {
    System.setProperty(PropertyTimeout.TIMEOUT_PROPERTY, "1");
    System.setProperty(PropertyTimeout.HALT_PROPERTY, "false");
  }

  @AfterEach
  void restoreTimeout() {
    System.clearProperty(PropertyTimeout.TIMEOUT_PROPERTY);
    System.setProperty(PropertyTimeout.HALT_PROPERTY, "true");
  }

  @Test
  @DisplayName("the waiting property fails with a message about endless loops; the other passes")
  void stopsEndlessLoop() {
    var events =
        EngineTestKit.engine("jqwik")
            .configurationParameter("jqwik.reporting.onlyfailures", "true")
            .configurationParameter("jqwik.database", "target/jqwik-database-fixture")
            .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
            .selectors(selectClass(Fixture.class))
            .execute()
            .testEvents();
    events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("waitsForever"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains("did not finish within 1 s")
                                && m.contains("endless loop")))));
  }
}
