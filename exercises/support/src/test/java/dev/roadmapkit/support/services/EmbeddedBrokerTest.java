package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker, as the advanced module will use it: with no URL and no Docker, a real
 * ActiveMQ Artemis publishes, redelivers and dead-letters.
 */
@DisplayName("Without a URL or Docker, the embedded broker is a real ActiveMQ Artemis")
class EmbeddedBrokerTest {

  private static final long RECEIVE_MILLIS = 5_000;
  private static ServiceRegistry registry;

  @BeforeAll
  static void bareMachine() {
    registry =
        new ServiceRegistry(
            new ServiceEnvironment(
                Map.of(), () -> false, name -> Optional.empty(), EmbeddedServers::available));
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  @Test
  @DisplayName("a message sent to a queue is received once, and each test has queues of its own")
  void publishes() throws Exception {
    assertThat(registry.plan(ServiceKind.BROKER))
        .isEqualTo(new ServicePlan.EmbeddedBroker(ServiceKind.BROKER));
    BrokerEndpoint mine = registry.broker();
    BrokerEndpoint other = registry.broker();
    assertThat(mine.queue("orders")).isNotEqualTo(other.queue("orders"));
    try (Connection connection = mine.connectionFactory().createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageProducer producer = session.createProducer(session.createQueue(mine.queue("orders")));
      producer.send(session.createTextMessage("order 1"));
      MessageConsumer consumer = session.createConsumer(session.createQueue(mine.queue("orders")));
      MessageConsumer elsewhere =
          session.createConsumer(session.createQueue(other.queue("orders")));
      connection.start();

      assertThat(((TextMessage) consumer.receive(RECEIVE_MILLIS)).getText()).isEqualTo("order 1");
      assertThat(consumer.receive(100)).as("received once").isNull();
      assertThat(elsewhere.receive(100)).as("another test's queue stays empty").isNull();
    }
  }

  @Test
  @DisplayName("a message rolled back is redelivered, then dead-lettered after the set attempts")
  void redeliversThenDeadLetters() throws Exception {
    BrokerEndpoint broker = registry.broker();
    String payments = broker.queue("payments");
    broker.redelivery(payments, 3, Duration.ofMillis(20));
    try (Connection connection = broker.connectionFactory().createConnection()) {
      Session sender = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      sender.createProducer(sender.createQueue(payments)).send(sender.createTextMessage("poison"));
      Session transacted = connection.createSession(true, Session.SESSION_TRANSACTED);
      MessageConsumer consumer = transacted.createConsumer(transacted.createQueue(payments));
      connection.start();

      List<Integer> deliveryCounts = new ArrayList<>();
      for (Message m = consumer.receive(RECEIVE_MILLIS); m != null; m = consumer.receive(500)) {
        deliveryCounts.add(m.getIntProperty("JMSXDeliveryCount"));
        transacted.rollback();
      }
      assertThat(deliveryCounts).as("delivered 3 times, then no more").containsExactly(1, 2, 3);

      MessageConsumer deadLetters =
          sender.createConsumer(sender.createQueue(broker.deadLetterQueue(payments)));
      Message dead = deadLetters.receive(RECEIVE_MILLIS);
      assertThat(dead).as("the message is in the dead-letter queue").isNotNull();
      assertThat(((TextMessage) dead).getText()).isEqualTo("poison");
    }
  }
}
