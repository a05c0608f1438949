package dev.roadmapkit.architecture.transactionaloutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.architecture.transactionaloutbox.Tables.OutboxRow;
import dev.roadmapkit.support.clock.TestClock;
import dev.roadmapkit.support.services.RealServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@RealServices
@DisplayName("architecture/transactional-outbox: OutboxRelay (real database)")
class OutboxRelayTest {

  private final TestClock clock = TestClock.at("2026-01-01T12:00:00Z");
  private final Broker broker = new Broker();
  private DataSource database;

  @BeforeEach
  void createSchema(DataSource database) {
    this.database = database;
    OutboxSchema.create(database);
  }

  /** A committed OrderPlaced event, written as a working OrderService would write it. */
  private void eventFor(String orderId) {
    Tables.insertEvent(database, orderId, clock.instant());
  }

  /** A broker that records what it received and can be told to fail. */
  static final class Broker implements MessagePublisher {
    final List<OutboxMessage> received = new ArrayList<>();
    RuntimeException failBefore;
    RuntimeException failAfter;
    String failOn;

    @Override
    public void publish(OutboxMessage message) {
      if (message.aggregateId().equals(failOn) && failBefore != null) {
        RuntimeException failure = failBefore;
        failBefore = null;
        throw failure;
      }
      received.add(message);
      if (message.aggregateId().equals(failOn) && failAfter != null) {
        RuntimeException failure = failAfter;
        failAfter = null;
        throw failure;
      }
    }

    List<String> orderIds() {
      return received.stream().map(OutboxMessage::aggregateId).toList();
    }
  }

  private OutboxRelay relay(int batchSize) {
    return new OutboxRelay(database, broker, clock, batchSize);
  }

  private List<Instant> publishedAt() {
    return Tables.outbox(database).stream().map(OutboxRow::publishedAt).toList();
  }

  @Test
  @DisplayName("a batch size below 1 is refused, naming it")
  void rejectsBatchSize() {
    assertThat(catchThrowable(() -> new OutboxRelay(database, broker, clock, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  @Test
  @DisplayName("pending messages are published oldest first and marked with the clock's time")
  void publishesAndMarks() {
    eventFor("o-1");
    eventFor("o-2");
    clock.advance(Duration.ofSeconds(7));

    int published = relay(10).relayPending();

    assertThat(published).as("relayPending returns how many it published").isEqualTo(2);
    List<OutboxRow> rows = Tables.outbox(database);
    assertThat(broker.received)
        .as(
            "each pending outbox row is published as an OutboxMessage with its id, aggregate id,"
                + " type and payload, in the order of the ids")
        .containsExactly(
            new OutboxMessage(rows.get(0).id(), "o-1", "OrderPlaced", rows.get(0).payload()),
            new OutboxMessage(rows.get(1).id(), "o-2", "OrderPlaced", rows.get(1).payload()));
    assertThat(publishedAt())
        .as("after publishing, each row's published_at is clock.instant(): 12:00:07")
        .containsOnly(Instant.parse("2026-01-01T12:00:07Z"));
  }

  @Test
  @DisplayName(
      "messages are published in the order of their ids even when the table stores them otherwise")
  void ordersByIdNotByStorage() {
    eventFor("o-1");
    eventFor("o-2");
    eventFor("o-3");
    Tables.execute(database, "UPDATE outbox SET payload = payload WHERE aggregate_id = 'o-1'");

    relay(10).relayPending();

    assertThat(broker.orderIds())
        .as(
            "an updated row moves within the table, so a SELECT without ORDER BY returns o-1"
                + " last here; the relay must publish oldest first, in the order of the ids (ORDER"
                + " BY id), or consumers see events out of order")
        .containsExactly("o-1", "o-2", "o-3");
  }

  @Test
  @DisplayName("a second run finds nothing left to publish")
  void nothingTwice() {
    eventFor("o-1");
    relay(10).relayPending();

    assertThat(relay(10).relayPending())
        .as("every message was marked published: the next run publishes nothing")
        .isZero();
    assertThat(broker.orderIds()).containsExactly("o-1");
  }

  @Test
  @DisplayName("a run publishes at most one batch, oldest first")
  void batches() {
    for (int i = 1; i <= 5; i++) {
      eventFor("o-" + i);
    }
    OutboxRelay relay = relay(2);

    assertThat(relay.relayPending()).as("first run, batch of 2").isEqualTo(2);
    assertThat(broker.orderIds()).as("the two oldest").containsExactly("o-1", "o-2");
    assertThat(relay.relayPending()).as("second run").isEqualTo(2);
    assertThat(relay.relayPending()).as("third run: the last one").isEqualTo(1);
    assertThat(relay.relayPending()).as("nothing left").isZero();
    assertThat(broker.orderIds()).containsExactly("o-1", "o-2", "o-3", "o-4", "o-5");
  }

  @Test
  @DisplayName(
      "when the broker fails, the run stops, and the next run publishes the rest: nothing lost")
  void brokerFailureLosesNothing() {
    eventFor("o-1");
    eventFor("o-2");
    eventFor("o-3");
    RuntimeException down = new IllegalStateException("broker unreachable");
    broker.failOn = "o-2";
    broker.failBefore = down;

    Throwable thrown = catchThrowable(() -> relay(10).relayPending());

    assertThat(thrown).as("the publisher's exception reaches the caller unchanged").isSameAs(down);
    List<Instant> marks = publishedAt();
    assertThat(marks.get(0))
        .as("o-1 was published before the failure, so it is marked")
        .isNotNull();
    assertThat(marks.subList(1, 3))
        .as(
            "o-2 failed and o-3 was not tried: both must stay pending (published_at NULL). Mark a"
                + " message only after publish returned, and stop at the first failure")
        .containsOnlyNulls();

    assertThat(relay(10).relayPending())
        .as("the broker is back: the rest is published")
        .isEqualTo(2);
    assertThat(broker.orderIds()).containsExactly("o-1", "o-2", "o-3");
  }

  @Test
  @DisplayName("a crash between publishing and marking publishes the message again: at least once")
  void crashAfterPublishRepublishes() {
    eventFor("o-1");
    eventFor("o-2");
    broker.failOn = "o-1";
    broker.failAfter = new IllegalStateException("connection lost before the broker's ack arrived");

    catchThrowable(() -> relay(10).relayPending());
    assertThat(publishedAt().get(0))
        .as(
            "the broker received o-1 but the relay never heard so: o-1 must stay pending. (Marking"
                + " before publishing would lose the message on a crash; publish first, mark"
                + " second)")
        .isNull();

    relay(10).relayPending();

    assertThat(broker.orderIds())
        .as("o-1 is published again, then o-2: a duplicate, but nothing lost")
        .containsExactly("o-1", "o-1", "o-2");
    assertThat(publishedAt()).doesNotContainNull();
  }

  @Test
  @DisplayName("a crash after the order is committed and before it is published loses no event")
  void crashBeforePublishLosesNothing() {
    eventFor("o-1");
    broker.failOn = "o-1";
    broker.failBefore = new IllegalStateException("the process died before publishing");
    catchThrowable(() -> relay(10).relayPending());

    OutboxRelay afterRestart = new OutboxRelay(database, broker, clock, 1);

    assertThat(afterRestart.relayPending())
        .as("the event was committed with the order, so a relay started later still finds it")
        .isEqualTo(1);
    assertThat(broker.orderIds()).containsExactly("o-1");
  }

  @Test
  @DisplayName("an event whose transaction has not committed yet is not published")
  void uncommittedEventsAreInvisible() throws Exception {
    eventFor("o-1");
    try (Connection open = database.getConnection()) {
      open.setAutoCommit(false);
      try (PreparedStatement insert =
          open.prepareStatement(
              "INSERT INTO outbox (aggregate_id, type, payload, created_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, "o-2");
        insert.setString(2, "OrderPlaced");
        insert.setString(3, "{}");
        insert.setObject(4, OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC));
        insert.executeUpdate();
      }

      assertThat(relay(10).relayPending())
          .as(
              "o-2's transaction is still open: the relay must see committed rows only, which a"
                  + " plain SELECT on its own connection does")
          .isEqualTo(1);
      open.rollback();
    }
    assertThat(broker.orderIds()).containsExactly("o-1");
  }

  @Test
  @DisplayName("an unreachable database is reported as StorageException")
  void unreachableDatabase() {
    OutboxRelay offline = new OutboxRelay(Tables.unreachable(), broker, clock, 10);

    assertThat(catchThrowable(offline::relayPending)).isInstanceOf(StorageException.class);
  }
}
