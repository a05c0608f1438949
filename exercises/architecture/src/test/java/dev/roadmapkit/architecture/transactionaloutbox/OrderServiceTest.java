package dev.roadmapkit.architecture.transactionaloutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.architecture.transactionaloutbox.Tables.OrderRow;
import dev.roadmapkit.architecture.transactionaloutbox.Tables.OutboxRow;
import dev.roadmapkit.support.clock.TestClock;
import dev.roadmapkit.support.services.RealServices;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@RealServices
@DisplayName("architecture/transactional-outbox: OrderService (real database)")
class OrderServiceTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private final TestClock clock = TestClock.at(NOW);
  private DataSource database;
  private OrderService orders;

  @BeforeEach
  void createSchema(DataSource database) {
    this.database = database;
    OutboxSchema.create(database);
    orders = new OrderService(database, clock);
  }

  @Test
  @DisplayName("placing an order writes the order and its OrderPlaced event")
  void writesOrderAndEvent() {
    orders.placeOrder("o-1", "Ada", 1250);

    assertThat(Tables.orders(database))
        .as("the order row, with placed_at from the injected clock")
        .containsExactly(new OrderRow("o-1", "Ada", 1250, NOW));
    List<OutboxRow> outbox = Tables.outbox(database);
    assertThat(outbox).as("exactly one outbox row for one order").hasSize(1);
    OutboxRow event = outbox.get(0);
    assertThat(event.aggregateId()).as("aggregate_id is the order id").isEqualTo("o-1");
    assertThat(event.type()).as("type").isEqualTo("OrderPlaced");
    assertThat(event.payload())
        .as("the payload, exactly as the Javadoc shows it")
        .isEqualTo("{\"orderId\":\"o-1\",\"customer\":\"Ada\",\"totalCents\":1250}");
    assertThat(event.createdAt()).as("created_at from the injected clock").isEqualTo(NOW);
    assertThat(event.publishedAt())
        .as("published_at stays NULL: publishing is the relay's job, not the service's")
        .isNull();
  }

  @Test
  @DisplayName("quotes and backslashes in the customer's name are escaped in the JSON payload")
  void escapesThePayload() {
    orders.placeOrder("o-2", "Ada \"the first\" \\ Lovelace", 0);

    assertThat(Tables.outbox(database).get(0).payload())
        .as("\" becomes \\\" and \\ becomes \\\\, or the payload is not valid JSON")
        .isEqualTo(
            "{\"orderId\":\"o-2\",\"customer\":\"Ada \\\"the first\\\" \\\\ Lovelace\",\"totalCents\":0}");
  }

  @Test
  @DisplayName("if the event cannot be written, the order is not written either")
  void eventFailureRollsBackTheOrder() {
    // The event insert now fails when it runs, after the order insert has run.
    Tables.execute(
        database, "ALTER TABLE outbox ADD CONSTRAINT refuse_events CHECK (type <> 'OrderPlaced')");

    Throwable thrown = catchThrowable(() -> orders.placeOrder("o-1", "Ada", 1250));

    assertThat(thrown)
        .as("a failed insert must surface as StorageException naming the order")
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("o-1");
    assertThat(Tables.orders(database))
        .as(
            "the outbox insert failed, so the order must not exist either: an order nobody hears"
                + " of is the bug the outbox exists to prevent. Turn auto-commit off, insert both,"
                + " commit only at the end, and roll back on failure")
        .isEmpty();
  }

  @Test
  @DisplayName("a duplicate order id is refused and leaves no extra event")
  void duplicateOrderLeavesNoEvent() {
    orders.placeOrder("o-1", "Ada", 1250);

    Throwable thrown = catchThrowable(() -> orders.placeOrder("o-1", "Grace", 999));

    assertThat(thrown).isInstanceOf(StorageException.class).hasMessageContaining("o-1");
    assertThat(Tables.outbox(database))
        .as(
            "the second order failed on its primary key, so its event must not be committed"
                + " either: one transaction for both rows, whichever you insert first")
        .hasSize(1);
    assertThat(Tables.orders(database))
        .as("the first order is unchanged")
        .containsExactly(new OrderRow("o-1", "Ada", 1250, NOW));
  }

  @Test
  @DisplayName("events are numbered in the order the orders were placed")
  void eventsInOrder() {
    orders.placeOrder("o-3", "Ada", 1);
    orders.placeOrder("o-1", "Ada", 2);
    orders.placeOrder("o-2", "Ada", 3);

    assertThat(Tables.outbox(database))
        .as("outbox ids increase in the order the events were written")
        .extracting(OutboxRow::aggregateId)
        .containsExactly("o-3", "o-1", "o-2");
  }

  @ParameterizedTest(name = "order id \"{0}\" is refused")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "o 1",
        "o/1",
        "o-1;DROP",
        "12345678901234567890123456789012345678901234567890123456789012345"
      })
  @DisplayName("an invalid order id is refused before anything is written")
  void invalidOrderId(String orderId) {
    assertThat(catchThrowable(() -> orders.placeOrder(orderId, "Ada", 1)))
        .as("order ids are 1 to 64 letters, digits or dashes: IllegalArgumentException naming it")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + orderId + "'");
    assertThat(Tables.outbox(database)).isEmpty();
  }

  @Test
  @DisplayName("a blank or too long customer and a negative total are refused")
  void invalidCustomerAndTotal() {
    assertThat(catchThrowable(() -> orders.placeOrder("o-1", " ", 1)))
        .as("a blank customer")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer");
    assertThat(catchThrowable(() -> orders.placeOrder("o-1", "x".repeat(201), 1)))
        .as("a customer of 201 characters")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer");
    assertThat(catchThrowable(() -> orders.placeOrder("o-1", "Ada", -1)))
        .as("a negative total")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThat(Tables.orders(database)).as("nothing was written").isEmpty();
  }

  @Test
  @DisplayName("the largest values allowed are accepted")
  void limits() {
    String longestId = "o".repeat(64);

    orders.placeOrder(longestId, "x".repeat(200), 0);

    assertThat(Tables.orders(database)).extracting(OrderRow::id).containsExactly(longestId);
  }

  @Test
  @DisplayName("an unreachable database is reported as StorageException naming the order")
  void unreachableDatabase() {
    OrderService offline = new OrderService(Tables.unreachable(), clock);

    assertThat(catchThrowable(() -> offline.placeOrder("o-9", "Ada", 1)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("o-9");
  }
}
