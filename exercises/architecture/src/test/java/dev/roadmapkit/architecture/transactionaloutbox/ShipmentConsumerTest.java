package dev.roadmapkit.architecture.transactionaloutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.support.clock.TestClock;
import dev.roadmapkit.support.services.RealServices;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@RealServices
@DisplayName("architecture/transactional-outbox: ShipmentConsumer (real database)")
class ShipmentConsumerTest {

  private static final OutboxMessage PLACED =
      new OutboxMessage(41, "o-1", "OrderPlaced", "{\"orderId\":\"o-1\"}");

  private DataSource database;
  private ShipmentConsumer consumer;

  @BeforeEach
  void createSchema(DataSource database) {
    this.database = database;
    OutboxSchema.create(database);
    consumer = new ShipmentConsumer(database);
  }

  @Test
  @DisplayName("an OrderPlaced message creates one shipment and is recorded as processed")
  void handles() {
    assertThat(consumer.handle(PLACED)).as("a new message is handled: true").isTrue();

    assertThat(Tables.shipments(database)).as("one shipment for order o-1").containsExactly("o-1");
    assertThat(Tables.processedMessages(database)).as("message 41 recorded").containsExactly(41L);
  }

  @Test
  @DisplayName("the same message delivered twice creates one shipment")
  void deduplicates() {
    consumer.handle(PLACED);

    boolean second = consumer.handle(PLACED);

    assertThat(second)
        .as(
            "message 41 was already processed: handle must return false. INSERT its id into"
                + " processed_messages ON CONFLICT DO NOTHING, and an update count of 0 means a"
                + " duplicate")
        .isFalse();
    assertThat(Tables.shipments(database))
        .as("at-least-once delivery must not ship twice")
        .containsExactly("o-1");
  }

  @Test
  @DisplayName("a message of another type is recorded and otherwise ignored")
  void otherTypes() {
    OutboxMessage cancelled = new OutboxMessage(42, "o-1", "OrderCancelled", "{}");

    assertThat(consumer.handle(cancelled)).isTrue();
    assertThat(consumer.handle(cancelled)).as("and deduplicated like any message").isFalse();
    assertThat(Tables.shipments(database)).as("no shipment for a cancellation").isEmpty();
  }

  @Test
  @DisplayName("if the work fails, the message is not recorded, so a redelivery succeeds")
  void failedWorkIsRetried() {
    // The shipment insert now fails when it runs, after the message id was recorded.
    Tables.execute(
        database,
        "ALTER TABLE shipments ADD CONSTRAINT refuse_shipments CHECK (order_id <> 'o-1')");

    Throwable thrown = catchThrowable(() -> consumer.handle(PLACED));

    assertThat(thrown)
        .as("a failed insert surfaces as StorageException naming the message id")
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("41");
    assertThat(Tables.processedMessages(database))
        .as(
            "recording the message and doing the work share one transaction: the work failed, so"
                + " the record must be rolled back too, or the redelivery would be skipped and the"
                + " order never shipped")
        .isEmpty();

    Tables.execute(database, "ALTER TABLE shipments DROP CONSTRAINT refuse_shipments");
    assertThat(consumer.handle(PLACED)).as("the redelivery is handled").isTrue();
    assertThat(Tables.shipments(database)).containsExactly("o-1");
  }

  @Test
  @DisplayName("end to end: order, relay, a lost acknowledgement, a redelivery, one shipment")
  void endToEnd() {
    TestClock clock = TestClock.at("2026-01-01T12:00:00Z");
    new OrderService(database, clock).placeOrder("o-7", "Ada", 4200);
    AtomicBoolean ackLost = new AtomicBoolean(true);
    MessagePublisher toShipping =
        message -> {
          consumer.handle(message);
          if (ackLost.getAndSet(false)) {
            throw new IllegalStateException("the acknowledgement was lost");
          }
        };
    OutboxRelay relay = new OutboxRelay(database, toShipping, clock, 10);

    catchThrowable(relay::relayPending);
    relay.relayPending();

    assertThat(Tables.outbox(database)).allMatch(row -> row.publishedAt() != null);
    assertThat(Tables.shipments(database))
        .as(
            "the message reached shipping twice (the first acknowledgement was lost), and the"
                + " order ships once: at-least-once delivery plus an idempotent consumer")
        .containsExactly("o-7");
  }

  @Test
  @DisplayName("an unreachable database is reported as StorageException naming the message")
  void unreachableDatabase() {
    assertThat(catchThrowable(() -> new ShipmentConsumer(Tables.unreachable()).handle(PLACED)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("41");
  }
}
