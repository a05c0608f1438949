package dev.roadmapkit.support.services;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A real message broker (ActiveMQ Artemis) for one test: its URL, a Jakarta Messaging connection
 * factory, and queue names of the test's own, so that tests sharing the broker never see each
 * other's messages.
 *
 * <pre>{@code
 * String orders = broker.queue("orders");
 * broker.redelivery(orders, 3, Duration.ofMillis(50)); // then the dead-letter queue
 * try (Connection connection = broker.connectionFactory().createConnection()) { ... }
 * }</pre>
 */
public final class BrokerEndpoint {

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final String DEAD_LETTER_QUEUE_PREFIX = "DLQ.";
  private static final Duration MANAGEMENT_TIMEOUT = Duration.ofSeconds(10);

  private final String url;
  private final String prefix;

  BrokerEndpoint(String url) {
    this.url = Objects.requireNonNull(url, "url");
    this.prefix = "rk" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + ".";
  }

  /** The broker's URL for the Artemis client, for example {@code tcp://127.0.0.1:61616}. */
  public String url() {
    return url;
  }

  /** A new connection factory for the broker; the connections it makes are yours to close. */
  public ConnectionFactory connectionFactory() {
    return new ActiveMQConnectionFactory(url);
  }

  /**
   * The broker-wide name of this test's queue {@code name}: unique to the test, created on first
   * use.
   */
  public String queue(String name) {
    Objects.requireNonNull(name, "name");
    return prefix + name;
  }

  /**
   * The queue where messages of {@code queue} (a name from {@link #queue}) land once they have been
   * delivered {@link #redelivery maxDeliveryAttempts} times without being acknowledged. Open it
   * with {@code session.createQueue(broker.deadLetterQueue(queue))}.
   */
  public String deadLetterQueue(String queue) {
    return deadLetterAddress(queue) + "::" + DEAD_LETTER_QUEUE_PREFIX + queue;
  }

  /**
   * Sets how the broker redelivers the messages of {@code queue} that a consumer does not
   * acknowledge (a rolled-back transacted session, a recovered session, a consumer that closes
   * first): after {@code redeliveryDelay}, until it has delivered a message {@code
   * maxDeliveryAttempts} times, then into {@link #deadLetterQueue}. Sent to the broker's management
   * address, so it works the same on every broker the tests may run against.
   *
   * @throws IllegalArgumentException if {@code maxDeliveryAttempts} is below 1 or the delay is
   *     negative
   * @throws IllegalStateException if the broker refuses the settings
   */
  public void redelivery(String queue, int maxDeliveryAttempts, Duration redeliveryDelay) {
    Objects.requireNonNull(queue, "queue");
    if (maxDeliveryAttempts < 1) {
      throw new IllegalArgumentException(
          "maxDeliveryAttempts must be at least 1, was " + maxDeliveryAttempts);
    }
    if (redeliveryDelay.isNegative()) {
      throw new IllegalArgumentException("redeliveryDelay must not be negative");
    }
    AddressSettings settings =
        new AddressSettings()
            .setAutoCreateAddresses(true)
            .setAutoCreateQueues(true)
            .setMaxDeliveryAttempts(maxDeliveryAttempts)
            .setRedeliveryDelay(redeliveryDelay.toMillis())
            .setDeadLetterAddress(SimpleString.of(deadLetterAddress(queue)))
            .setAutoCreateDeadLetterResources(true)
            .setDeadLetterQueuePrefix(SimpleString.of(DEAD_LETTER_QUEUE_PREFIX));
    manage("addAddressSettings", queue, settings.toJSON());
  }

  private String deadLetterAddress(String queue) {
    return queue + ".DLA";
  }

  private void manage(String operation, Object... parameters) {
    Message reply;
    try (Connection connection = new ActiveMQConnectionFactory(url).createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      TemporaryQueue replies = session.createTemporaryQueue();
      MessageConsumer answers = session.createConsumer(replies);
      connection.start();
      Message request = session.createMessage();
      JMSManagementHelper.putOperationInvocation(
          request, ResourceNames.BROKER, operation, parameters);
      request.setJMSReplyTo(replies);
      session.createProducer(ActiveMQJMSClient.createQueue("activemq.management")).send(request);
      reply = answers.receive(MANAGEMENT_TIMEOUT.toMillis());
      if (reply != null && JMSManagementHelper.hasOperationSucceeded(reply)) {
        return;
      }
    } catch (Exception e) {
      throw new IllegalStateException(
          "could not reach the management address of the broker at " + url + ": " + e.getMessage(),
          e);
    }
    throw new IllegalStateException(
        "the broker at "
            + url
            + " refused "
            + operation
            + (reply == null
                ? ": no answer within " + MANAGEMENT_TIMEOUT.toSeconds() + " s"
                : ": " + result(reply)));
  }

  private static Object result(Message reply) {
    try {
      return JMSManagementHelper.getResult(reply);
    } catch (Exception e) {
      return "an answer that could not be read (" + e.getMessage() + ")";
    }
  }

  @Override
  public String toString() {
    return "broker " + url + " (queues of this test start with " + prefix + ")";
  }
}
