package dev.roadmapkit.advanced.messagebroker;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Exercise {@code advanced/message-broker}: the consumer of one queue of a real broker (ActiveMQ
 * Artemis, Jakarta Messaging), whose effects are rows in PostgreSQL.
 *
 * <p>The contract of {@link #drain}:
 *
 * <ul>
 *   <li><b>Bounded waiting.</b> Open one connection from the factory, consume the queue one message
 *       at a time with {@code receive(idle)}, and return when no message came within {@code idle}.
 *       Everything opened is closed on the way out, normally or not.
 *   <li><b>Acknowledge after the effect.</b> A message is acknowledged (a transacted session's
 *       {@code commit()}, or {@code acknowledge()} in {@code CLIENT_ACKNOWLEDGE}) only after its
 *       database transaction has committed. Until then the broker still owns it: if the consumer
 *       dies, the broker gives it to the next consumer. {@code AUTO_ACKNOWLEDGE} acknowledges on
 *       {@code receive}, before the effect, and so loses the message of a crash.
 *   <li><b>Idempotent.</b> The broker delivers at least once: a consumer that dies after its
 *       database commit and before its acknowledgement gets the message again. So each message is
 *       processed in one database transaction that both records its {@code JMSMessageID} in the
 *       table {@code processed_messages} (made by {@link #createSchema}) and applies the handler's
 *       effect. A delivery whose id is already there is a duplicate: no effect, acknowledged,
 *       listed in {@link DrainReport#duplicates()}.
 *   <li><b>Failures go back to the broker.</b> When the handler (or the database) throws an {@link
 *       Exception}, roll the database transaction back (no partial effect, no id recorded) and hand
 *       the message back to the broker unacknowledged (the transacted session's {@code rollback()},
 *       or {@code recover()}), list it in {@link DrainReport#failed()} and go on with the next
 *       message. The broker redelivers it after its redelivery delay (the backoff) and, after the
 *       queue's maximum delivery attempts, moves it to the dead-letter queue with its id and body.
 *       Do not retry in a loop of your own: the backoff and the bound belong to the broker, so
 *       every attempt is a delivery it counts.
 *   <li><b>Crashes are not failures.</b> An {@link Error} from the handler or the database (the
 *       tests throw one to kill the consumer at a message they choose) is not caught: it leaves
 *       {@code drain}, and the closed connection gives the unacknowledged message back to the
 *       broker.
 * </ul>
 *
 * <p>Each {@link Delivery} carries the message's {@code JMSMessageID}, its text and its {@code
 * JMSXDeliveryCount} (an int property the broker sets).
 */
public final class IdempotentConsumer {

  private final ConnectionFactory broker;
  private final String queue;
  private final DataSource database;
  private final MessageHandler handler;

  /**
   * A consumer of {@code queue} (its broker-wide name) on {@code broker}, writing to {@code
   * database} with {@code handler}.
   */
  public IdempotentConsumer(
      ConnectionFactory broker, String queue, DataSource database, MessageHandler handler) {
    this.broker = Objects.requireNonNull(broker, "broker");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.database = Objects.requireNonNull(database, "database");
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Creates the table {@code processed_messages(message_id varchar(200) primary key)} if it does
   * not exist: the ids of the messages whose effect is committed. Given, not part of the exercise.
   */
  public static void createSchema(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create table if not exists processed_messages (message_id varchar(200) primary key)");
    }
  }

  /**
   * Consumes the queue until no message arrives within {@code idle}, as the class comment says.
   *
   * @param idle how long to wait for the next message before returning; positive ({@code
   *     receive(0)} would wait forever)
   * @return what this drain processed, skipped as duplicates and saw fail
   * @throws IllegalArgumentException if {@code idle} is zero or negative
   * @throws JMSException if the broker cannot be reached
   */
  public DrainReport drain(Duration idle) throws JMSException {
    throw new UnsupportedOperationException(
        "TODO advanced/message-broker: consume with a bounded receive, one database transaction"
            + " per message (processed id + effect), acknowledge after the commit, roll back on"
            + " failure");
  }
}
