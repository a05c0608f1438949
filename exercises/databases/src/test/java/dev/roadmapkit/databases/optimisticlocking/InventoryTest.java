package dev.roadmapkit.databases.optimisticlocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.support.services.RealServices;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@RealServices
@DisplayName("databases/optimistic-locking: Inventory")
class InventoryTest {

  private static final long TEA = 1;

  private DataSource database;
  private EntityManagerFactory orm;
  private Inventory inventory;

  @BeforeEach
  // Hibernate's first bootstrap in a JVM loads a few thousand classes: on a loaded two-core
  // machine it took longer than the default 10 s once (a guard then timed out on the starting
  // code), so the set-up gets more; the tests themselves keep the default.
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void open(DataSource dataSource) {
    database = dataSource;
    orm = InventoryDatabase.open(dataSource);
    inventory = new Inventory(orm, 3);
    inventory.add(new StockItem(TEA, "Green tea", 20));
  }

  @AfterEach
  void close() {
    if (orm != null) {
      orm.close();
    }
  }

  @Test
  @DisplayName("saving an edited copy stores the edit and increases the version by one")
  void saveStoresAndIncrementsVersion() {
    StockItem copy = inventory.find(TEA).orElseThrow();
    copy.setName("Sencha");

    StockItem saved = inventory.save(copy);

    StockItem stored = inventory.find(TEA).orElseThrow();
    assertThat(stored.getName()).as("save must store the edited name").isEqualTo("Sencha");
    assertThat(stored.getVersion())
        .as(
            "every update must increase the version column by one, so that a copy read before"
                + " the update can be recognised as stale. Is StockItem.version annotated with"
                + " @jakarta.persistence.Version?")
        .isEqualTo(copy.getVersion() + 1);
    assertThat(saved.getVersion())
        .as("save returns the item as saved, with its new version")
        .isEqualTo(stored.getVersion());
  }

  @Test
  @DisplayName("of two conflicting edits the first save wins and the second is reported")
  void secondConflictingSaveIsReported() {
    StockItem alice = inventory.find(TEA).orElseThrow();
    StockItem bob = inventory.find(TEA).orElseThrow();
    alice.setQuantity(7);
    bob.setName("Matcha");

    inventory.save(alice);
    Throwable conflict = catchThrowable(() -> inventory.save(bob));

    assertThat(conflict)
        .as(
            "Alice and Bob both read version %d of item 1. Alice saved first; Bob's copy is now"
                + " stale, and saving it would silently undo Alice's quantity 7. save must detect"
                + " that (@Version makes Hibernate throw an OptimisticLockException) and throw a"
                + " ConcurrentUpdateException whose message names the item",
            bob.getVersion())
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("1");
    StockItem stored = inventory.find(TEA).orElseThrow();
    assertThat(stored.getQuantity())
        .as("Alice's save won: her quantity must be in the database")
        .isEqualTo(7);
    assertThat(stored.getName())
        .as("Bob's conflicting save must change nothing, not even the fields Alice left alone")
        .isEqualTo("Green tea");
  }

  @Test
  @DisplayName("an adjustment that meets a concurrent change is retried on fresh data")
  void adjustRetriesOnConflict() {
    List<Integer> seen = new ArrayList<>();

    StockItem adjusted =
        inventory.adjust(
            TEA,
            quantity -> {
              seen.add(quantity);
              if (seen.size() == 1) {
                anotherClientAdds(5);
              }
              return quantity - 3;
            });

    assertThat(seen)
        .as(
            "while the first attempt was between its read and its write, another client added 5"
                + " (and increased the version). The first attempt must fail on the version check"
                + " and adjust must try again, reading the fresh quantity 25. Quantities your"
                + " change function was given")
        .containsExactly(20, 25);
    assertThat(inventory.find(TEA).orElseThrow().getQuantity())
        .as("both changes must count: 20 + 5 (the other client) - 3 (this adjustment)")
        .isEqualTo(22);
    assertThat(adjusted.getQuantity()).as("adjust returns the item as saved").isEqualTo(22);
  }

  @Test
  @DisplayName("adjust gives up after maxAttempts conflicts with a ConcurrentUpdateException")
  void adjustGivesUp() {
    List<Integer> seen = new ArrayList<>();

    Throwable failure =
        catchThrowable(
            () ->
                inventory.adjust(
                    TEA,
                    quantity -> {
                      seen.add(quantity);
                      anotherClientAdds(5);
                      return 0;
                    }));

    assertThat(seen)
        .as(
            "another client changed the item during every attempt: adjust must try exactly"
                + " maxAttempts = 3 times, each time on fresh data")
        .containsExactly(20, 25, 30);
    assertThat(failure)
        .as("after the last attempt adjust must give up with a ConcurrentUpdateException")
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(failure.getCause())
        .as(
            "the ConcurrentUpdateException must carry the last conflict as its cause, so whoever"
                + " reads the log sees what failed")
        .isInstanceOf(OptimisticLockException.class);
    assertThat(inventory.find(TEA).orElseThrow().getQuantity())
        .as("none of the failed attempts may have written its 0; only the other client's changes")
        .isEqualTo(35);
  }

  @Test
  @DisplayName("a constraint violation is not a conflict: adjust does not retry it")
  void constraintViolationIsNotRetried() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "ALTER TABLE stock_item ADD CONSTRAINT quantity_not_negative CHECK (quantity >= 0)");
    }
    List<Integer> seen = new ArrayList<>();

    Throwable failure =
        catchThrowable(
            () ->
                inventory.adjust(
                    TEA,
                    quantity -> {
                      seen.add(quantity);
                      return quantity - 100;
                    }));

    assertThat(failure)
        .as(
            "taking 100 from a stock of 20 violates the CHECK (quantity >= 0) the test added;"
                + " that is not a concurrent update, so adjust must let the failure through")
        .isNotNull()
        .isNotInstanceOf(ConcurrentUpdateException.class);
    assertThat(seen)
        .as(
            "a constraint violation fails the same way on every attempt: retry only the"
                + " OptimisticLockException of a version conflict, not every PersistenceException."
                + " Quantities your change function was given")
        .containsExactly(20);
    assertThat(inventory.find(TEA).orElseThrow().getQuantity())
        .as("the rejected change must not have been written")
        .isEqualTo(20);
  }

  @Test
  @DisplayName("adjusting an item that does not exist is an IllegalArgumentException")
  void adjustUnknownItem() {
    assertThat(catchThrowable(() -> inventory.adjust(99, quantity -> quantity + 1)))
        .as("there is no item 99: adjust must throw IllegalArgumentException naming it")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99");
  }

  @Test
  @DisplayName("4 threads adjusting the same item 15 times each lose no update")
  void concurrentAdjustmentsLoseNothing() throws Exception {
    Inventory patient = new Inventory(orm, 1_000);
    int threads = 4;
    int perThread = 15;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    patient.adjust(TEA, quantity -> quantity + 1);
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    StockItem stored = inventory.find(TEA).orElseThrow();
    assertThat(stored.getQuantity())
        .as(
            "%d threads each added 1, %d times, starting together: the quantity must be 20 + %d."
                + " Less means updates were lost: two threads read the same quantity and the"
                + " second write overwrote the first. @Version detects that; adjust retries",
            threads, perThread, threads * perThread)
        .isEqualTo(20 + threads * perThread);
    assertThat(stored.getVersion())
        .as("each of the %d successful updates increases the version once", threads * perThread)
        .isEqualTo(threads * perThread);
  }

  @Test
  @Tag("guard")
  @DisplayName("the inventory needs at least one attempt")
  void rejectsZeroAttempts() {
    assertThat(catchThrowable(() -> new Inventory(orm, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThat(catchThrowable(() -> new Inventory(orm, 1)))
        .as("one attempt is allowed: adjust then never retries")
        .isNull();
  }

  /** Another client of the database adds to the quantity, respecting the version column. */
  private void anotherClientAdds(int amount) {
    try (Connection connection = database.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE stock_item SET quantity = quantity + ?, version = version + 1"
                    + " WHERE id = ?")) {
      update.setInt(1, amount);
      update.setLong(2, TEA);
      assertThat(update.executeUpdate()).isEqualTo(1);
    } catch (SQLException e) {
      throw new IllegalStateException("the other client's update failed: " + e.getMessage(), e);
    }
  }
}
