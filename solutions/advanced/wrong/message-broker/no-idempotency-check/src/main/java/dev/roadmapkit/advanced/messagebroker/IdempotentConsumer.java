package dev.roadmapkit.advanced.messagebroker;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/** The idempotent consumer of one queue; see the exercise's starting code for the contract. */
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
    if (idle.isZero() || idle.isNegative()) {
      throw new IllegalArgumentException(
          "idle must be positive (receive(0) waits forever): " + idle);
    }
    List<String> processed = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    try (jakarta.jms.Connection connection = broker.createConnection()) {
      Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
      MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
      connection.start();
      for (Message message = consumer.receive(idle.toMillis());
          message != null;
          message = consumer.receive(idle.toMillis())) {
        Delivery delivery =
            new Delivery(
                message.getJMSMessageID(),
                message.getBody(String.class),
                message.getIntProperty("JMSXDeliveryCount"));
        try {
          (processOnce(delivery) ? processed : duplicates).add(delivery.messageId());
          session.commit(); // the acknowledgement, after the database commit
        } catch (Exception e) {
          failed.add(delivery.messageId());
          session.rollback(); // back to the broker: its delay, its count, its dead-letter queue
        }
      }
    }
    return new DrainReport(processed, duplicates, failed);
  }

  /** Records the id and applies the effect in one transaction; false if the id was there. */
  private boolean processOnce(Delivery delivery) throws Exception {
    try (Connection transaction = database.getConnection()) {
      transaction.setAutoCommit(false);
      try {
        boolean first;
        try (PreparedStatement record =
            transaction.prepareStatement(
                "insert into processed_messages (message_id) values (?) on conflict do nothing")) {
          record.setString(1, delivery.messageId());
          first = record.executeUpdate() == 1;
        }
        handler.handle(transaction, delivery);
        transaction.commit();
        return first;
      } catch (Exception e) {
        transaction.rollback();
        throw e;
      }
    }
  }
}
