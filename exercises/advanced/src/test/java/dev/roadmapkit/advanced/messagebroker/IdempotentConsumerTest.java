package dev.roadmapkit.advanced.messagebroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.roadmapkit.support.services.BrokerEndpoint;
import dev.roadmapkit.support.services.RealServices;
import dev.roadmapkit.support.services.RequiresPostgres;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Your IdempotentConsumer against a real ActiveMQ Artemis broker and a real PostgreSQL. The handler
 * is the test's: a message {@code "alice 10"} writes the row {@code (id, alice, 10)} into {@code
 * ledger}; {@code "bob thirty"} is poison (not a number). To kill the consumer at a message of its
 * choice, the test throws {@link ConsumerKilled} (an {@link Error}) from the handler, or from the
 * database's {@code commit()} before or after it really commits.
 */
@RealServices
@RequiresPostgres("the processed ids and the effects are committed together in PostgreSQL")
@DisplayName("advanced/message-broker: an idempotent consumer with retries, dead letters, crashes")
class IdempotentConsumerTest {

  private static final Duration IDLE = Duration.ofMillis(750);
  private static final long RECEIVE_MILLIS = 5_000;
  private static final Duration REDELIVERY_DELAY = Duration.ofMillis(20);

  /** The test's way of killing the consumer: an Error, as a dying process would not recover. */
  static final class ConsumerKilled extends Error {
    ConsumerKilled(String message) {
      super(message);
    }
  }

  /** Where the chosen message kills the consumer. */
  enum Stage {
    IN_HANDLER,
    INSTEAD_OF_COMMIT,
    AFTER_COMMIT
  }

  private BrokerEndpoint broker;
  private DataSource database;
  private DataSource crashingDatabase;
  private String payments;
  private final List<Delivery> seen = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> failOnce = Collections.synchronizedSet(new HashSet<>());
  private final AtomicReference<String> killAt = new AtomicReference<>();
  private volatile Stage killStage = Stage.IN_HANDLER;
  private final AtomicReference<Stage> armedCommit = new AtomicReference<>();
  private final AtomicInteger rollbacks = new AtomicInteger();

  @BeforeEach
  void setUp(BrokerEndpoint broker, DataSource database) throws Exception {
    this.broker = broker;
    this.database = database;
    this.crashingDatabase = crashing(database);
    this.payments = broker.queue("payments");
    broker.redelivery(payments, 3, REDELIVERY_DELAY);
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create table ledger (message_id varchar(200), account varchar(50), amount int)");
    }
    IdempotentConsumer.createSchema(database);
  }

  // ---- the tests ----

  @Test
  @DisplayName("good messages: each one's row is written once, its id recorded, the queue emptied")
  void processesEveryMessageOnce() throws Exception {
    List<String> ids = send("alice 10", "bob 20", "carol 30");

    DrainReport report = consumer().drain(IDLE);

    assertThat(report.processed())
        .as(state("drain() must list the 3 messages it processed, in the order received", report))
        .containsExactlyElementsOf(ids);
    assertThat(report.duplicates())
        .as(state("no duplicates on a first delivery", report))
        .isEmpty();
    assertThat(report.failed()).as(state("no failures with good messages", report)).isEmpty();
    assertThat(seen)
        .as(
            state(
                "the handler gets each message's JMSMessageID, text and JMSXDeliveryCount", report))
        .containsExactly(
            new Delivery(ids.get(0), "alice 10", 1),
            new Delivery(ids.get(1), "bob 20", 1),
            new Delivery(ids.get(2), "carol 30", 1));
    assertThat(ledger())
        .as(state("each effect committed once", report))
        .containsExactlyInAnyOrder(
            ids.get(0) + " alice 10", ids.get(1) + " bob 20", ids.get(2) + " carol 30");
    assertThat(processedIds())
        .as(state("processed_messages holds the id of every committed message", report))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(browse(payments))
        .as(state("every message acknowledged: the queue is empty", report))
        .isEmpty();
  }

  @Test
  @DisplayName("a poison message goes back to the broker 3 times, then to the dead-letter queue")
  void poisonIsRedeliveredThenDeadLettered() throws Exception {
    List<String> ids = send("alice 10", "bob thirty", "carol 30");
    String poison = ids.get(1);

    DrainReport report = consumer().drain(IDLE);

    assertThat(deliveryCountsOf(poison))
        .as(
            state(
                "the broker redelivers a rolled-back message and counts it (JMSXDeliveryCount):"
                    + " 3 attempts, each a new delivery, never a retry loop inside the consumer",
                report))
        .containsExactly(1, 2, 3);
    assertThat(report.failed())
        .as(state("each failed delivery is listed in failed()", report))
        .containsExactly(poison, poison, poison);
    assertThat(report.processed())
        .as(state("the good messages around the poison are processed", report))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
    assertThat(ledger())
        .as(state("no effect of the poison, one of each good message", report))
        .containsExactlyInAnyOrder(ids.get(0) + " alice 10", ids.get(2) + " carol 30");
    assertThat(processedIds())
        .as(state("a failed message's id is rolled back with its effect", report))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
    assertThat(browse(payments)).as(state("the queue is empty", report)).isEmpty();
    try (jakarta.jms.Connection connection = broker.connectionFactory().createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageConsumer deadLetters =
          session.createConsumer(session.createQueue(broker.deadLetterQueue(payments)));
      connection.start();
      Message dead = deadLetters.receive(RECEIVE_MILLIS);
      assertThat(dead)
          .as(
              state(
                  "after 3 deliveries the broker moves the poison to the dead-letter queue",
                  report))
          .isNotNull();
      assertThat(dead.getJMSMessageID() + " " + ((TextMessage) dead).getText())
          .as("the dead letter keeps the poison's original id and body")
          .isEqualTo(poison + " bob thirty");
    }
  }

  @Test
  @DisplayName(
      "a delivery that fails after writing its row leaves no row: the retry writes it once")
  void aFailedAttemptIsRolledBack() throws Exception {
    failOnce.add("alice 10");
    List<String> ids = send("alice 10", "bob 20");

    DrainReport report = consumer().drain(IDLE);

    assertThat(deliveryCountsOf(ids.get(0)))
        .as(state("alice failed once (delivery 1) and succeeded on its redelivery (2)", report))
        .containsExactly(1, 2);
    assertThat(report.failed())
        .as(state("the failed delivery is listed once", report))
        .containsExactly(ids.get(0));
    assertThat(report.processed())
        .as(state("both messages processed in the end", report))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(ledger())
        .as(
            state(
                "the failed attempt's row must be rolled back with its transaction, so alice's"
                    + " row is there once, from the redelivery",
                report))
        .containsExactlyInAnyOrder(ids.get(0) + " alice 10", ids.get(1) + " bob 20");
    assertThat(rollbacks.get())
        .as(
            state(
                "the failed attempt's JDBC transaction is rolled back with rollback(), not left to"
                    + " close(): what close() does with an open transaction is up to the driver or"
                    + " the pool, and a pool may hand the connection on with the row still in it",
                report))
        .isPositive();
  }

  @Test
  @DisplayName(
      "killed after the database commit, before the acknowledgement: the redelivery is skipped")
  void aCrashAfterTheCommitIsNotDoubled() throws Exception {
    List<String> ids = send("a 1", "b 2", "c 3", "d 4", "e 5");
    kill("c 3", Stage.AFTER_COMMIT);

    drainUntilKilled("the Error thrown by commit() leaves drain(): the consumer is dead");
    DrainReport report = consumer().drain(IDLE);

    assertThat(report.duplicates())
        .as(
            state(
                "c was committed but not acknowledged: the broker delivers it again, and the new"
                    + " consumer finds its id in processed_messages and skips it, once",
                report))
        .containsExactly(ids.get(2));
    assertThat(report.processed())
        .as(state("the new consumer processes the rest", report))
        .containsExactlyInAnyOrder(ids.get(3), ids.get(4));
    assertExactlyOnce(ids, report);
  }

  @Test
  @DisplayName(
      "killed inside the handler at the 3rd of 5 messages: a new consumer finishes, none lost")
  void aCrashInTheHandlerLosesNothing() throws Exception {
    List<String> ids = send("a 1", "b 2", "c 3", "d 4", "e 5");
    kill("c 3", Stage.IN_HANDLER);

    drainUntilKilled("the Error thrown by the handler is not caught: it leaves drain()");
    DrainReport report = consumer().drain(IDLE);

    assertThat(report.processed())
        .as(
            state(
                "c was received but never acknowledged (its transaction never committed): the"
                    + " broker gives it to the new consumer, with d and e",
                report))
        .containsExactlyInAnyOrder(ids.get(2), ids.get(3), ids.get(4));
    assertThat(report.duplicates()).as(state("nothing of c was committed", report)).isEmpty();
    assertExactlyOnce(ids, report);
  }

  @Test
  @DisplayName("killed in the database commit, which never happens: the message is not lost")
  void aCrashBeforeTheCommitLosesNothing() throws Exception {
    List<String> ids = send("a 1", "b 2", "c 3", "d 4", "e 5");
    kill("c 3", Stage.INSTEAD_OF_COMMIT);

    drainUntilKilled("the Error thrown by commit() leaves drain()");
    DrainReport report = consumer().drain(IDLE);

    assertThat(report.processed())
        .as(
            state(
                "c's database commit never happened, so it must not have been acknowledged:"
                    + " acknowledge only after the commit",
                report))
        .containsExactlyInAnyOrder(ids.get(2), ids.get(3), ids.get(4));
    assertExactlyOnce(ids, report);
  }

  @Test
  @DisplayName("drain() refuses an idle time of zero or less (receive(0) would wait forever)")
  void refusesANonPositiveIdle() {
    assertThatThrownBy(() -> consumer().drain(Duration.ZERO))
        .as("drain(Duration.ZERO) must throw IllegalArgumentException")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> consumer().drain(Duration.ofMillis(-1)))
        .as("drain(-1 ms) must throw IllegalArgumentException")
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- the handler, the crashes, the state shown in failure messages ----

  private IdempotentConsumer consumer() {
    return new IdempotentConsumer(
        broker.connectionFactory(), payments, crashingDatabase, this::handle);
  }

  private void handle(Connection transaction, Delivery delivery) throws Exception {
    seen.add(delivery);
    String[] words = delivery.body().split(" ");
    int amount = Integer.parseInt(words[1]); // "thirty": the poison
    try (PreparedStatement insert =
        transaction.prepareStatement(
            "insert into ledger (message_id, account, amount) values (?, ?, ?)")) {
      insert.setString(1, delivery.messageId());
      insert.setString(2, words[0]);
      insert.setInt(3, amount);
      insert.executeUpdate();
    }
    if (failOnce.remove(delivery.body())) {
      throw new IllegalStateException("a transient failure of " + delivery.body());
    }
    if (delivery.body().equals(killAt.get())) {
      killAt.set(null);
      if (killStage == Stage.IN_HANDLER) {
        throw new ConsumerKilled("killed by the test in the handler of " + delivery.body());
      }
      armedCommit.set(killStage);
    }
  }

  /**
   * Runs a consumer that the armed kill must stop; an UnsupportedOperationException or any other
   * exception of the starting code goes through as it is.
   */
  private void drainUntilKilled(String expectation) throws Exception {
    try {
      DrainReport report = consumer().drain(IDLE);
      fail(state(expectation + ", but drain() returned normally", report).get());
    } catch (ConsumerKilled expected) {
      // the consumer died where the test chose
    }
  }

  private void kill(String body, Stage stage) {
    killStage = stage;
    killAt.set(body);
  }

  /** The test's database, whose connections' commit() can kill the consumer once. */
  private DataSource crashing(DataSource real) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = call(method, real, args);
              return method.getName().equals("getConnection")
                  ? crashing((Connection) result)
                  : result;
            });
  }

  private Connection crashing(Connection real) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("rollback") && (args == null || args.length == 0)) {
                rollbacks.incrementAndGet();
              }
              if (!method.getName().equals("commit")) {
                return call(method, real, args);
              }
              Stage stage = armedCommit.getAndSet(null);
              if (stage == Stage.INSTEAD_OF_COMMIT) {
                throw new ConsumerKilled("killed by the test instead of the database commit");
              }
              call(method, real, args);
              if (stage == Stage.AFTER_COMMIT) {
                throw new ConsumerKilled("killed by the test just after the database commit");
              }
              return null;
            });
  }

  private static Object call(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private void assertExactlyOnce(List<String> ids, DrainReport report) throws Exception {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      expected.add(ids.get(i) + " " + (char) ('a' + i) + " " + (i + 1));
    }
    assertThat(ledger())
        .as(state("every message's effect exactly once: one row each, none missing", report))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(processedIds())
        .as(state("every message's id recorded once", report))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(browse(payments)).as(state("the queue is empty", report)).isEmpty();
    assertThat(browse(broker.deadLetterQueue(payments)))
        .as(state("no message ends in the dead-letter queue", report))
        .isEmpty();
  }

  private List<String> send(String... bodies) throws Exception {
    List<String> ids = new ArrayList<>();
    try (jakarta.jms.Connection connection = broker.connectionFactory().createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageProducer producer = session.createProducer(session.createQueue(payments));
      for (String body : bodies) {
        TextMessage message = session.createTextMessage(body);
        producer.send(message);
        ids.add(message.getJMSMessageID());
      }
    }
    return ids;
  }

  private List<Integer> deliveryCountsOf(String id) {
    synchronized (seen) {
      return seen.stream()
          .filter(d -> d.messageId().equals(id))
          .map(Delivery::deliveryCount)
          .toList();
    }
  }

  /** The messages waiting in a queue, as {@code "id body"}, without consuming them. */
  private List<String> browse(String queue) throws Exception {
    List<String> messages = new ArrayList<>();
    try (jakarta.jms.Connection connection = broker.connectionFactory().createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      connection.start();
      QueueBrowser browser = session.createBrowser(session.createQueue(queue));
      for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements(); ) {
        Message message = (Message) e.nextElement();
        messages.add(message.getJMSMessageID() + " " + message.getBody(String.class));
      }
    }
    return messages;
  }

  private List<String> ledger() throws Exception {
    return rows("select message_id, account, amount from ledger order by account, message_id");
  }

  private List<String> processedIds() throws Exception {
    return rows("select message_id from processed_messages order by message_id");
  }

  private List<String> rows(String query) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          row.append(c == 1 ? "" : " ").append(result.getString(c));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /** The expectation, then what the broker, the database and the handler show now. */
  private Supplier<String> state(String expectation, DrainReport report) {
    return () -> {
      StringBuilder text = new StringBuilder(expectation);
      try {
        text.append("\n  drain() returned: ").append(report);
        text.append("\n  the handler saw: ").append(List.copyOf(seen));
        text.append("\n  queue now: ").append(browse(payments));
        text.append("\n  dead-letter queue now: ").append(browse(broker.deadLetterQueue(payments)));
        text.append("\n  ledger rows: ").append(ledger());
        text.append("\n  processed_messages: ").append(processedIds());
      } catch (Exception e) {
        text.append("\n  (could not read the state: ").append(e).append(')');
      }
      return text.toString();
    };
  }
}
