package dev.roadmapkit.testing.integrationtesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.support.services.RealServices;
import dev.roadmapkit.support.services.RequiresPostgres;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference integration tests of the shop's repositories. The idea: every rule here is one the
 * database keeps (a unique index, LIKE's wildcards, ORDER BY, a transaction, timestamptz), so each
 * test goes through a real PostgreSQL, in a schema of its own that the migration creates afresh,
 * and sets up the data that would expose the bug: names stored out of order, emails in another
 * case, a refused line after a good one, orders at the edges of a day in zones far from the
 * session's. The trade-off is a database per test; the support library makes it an empty schema,
 * which costs milliseconds.
 */
@RealServices
@RequiresPostgres("the rules rely on PostgreSQL's unique indexes, ILIKE and timestamptz")
class ShopRepositoriesTest {

  private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

  private CustomerRepository customers;
  private OrderRepository orders;

  @BeforeEach
  void migrate(DataSource database) throws SQLException {
    ShopSchema.apply(database);
    customers = new CustomerRepository(database);
    orders = new OrderRepository(database);
  }

  private List<String> names(List<Customer> found) {
    return found.stream().map(Customer::name).toList();
  }

  @Nested
  @DisplayName("registering and finding customers")
  class Registering {

    @Test
    @DisplayName("a registered customer gets an id and is found by their email")
    void registersAndFinds() {
      Customer ana = customers.register("Ana", "ana@example.com");

      assertThat(ana.name()).isEqualTo("Ana");
      assertThat(ana.email()).isEqualTo("ana@example.com");
      assertThat(customers.findByEmail("ana@example.com")).contains(ana);
    }

    @Test
    @DisplayName("an email is found whatever its letters' case, and keeps the case it was given")
    void emailIgnoresCase() {
      Customer ana = customers.register("Ana", "Ana.Lima@Example.com");

      assertThat(customers.findByEmail("ana.lima@example.COM"))
          .as("emails are unique ignoring case, so a lookup must ignore case too")
          .contains(new Customer(ana.id(), "Ana", "Ana.Lima@Example.com"));
      assertThat(customers.findByEmail("ben@example.com")).isEmpty();
    }

    @Test
    @DisplayName("an email already taken, in another case, is refused and stores nothing")
    void duplicateEmailRefused() {
      Customer ana = customers.register("Ana", "ana@example.com");

      assertThatThrownBy(() -> customers.register("Impostor", "ANA@example.com"))
          .isInstanceOf(DuplicateEmailException.class)
          .hasMessageContaining("ANA@example.com");
      assertThat(customers.page(1, 10)).containsExactly(ana);
    }

    @Test
    @DisplayName("a customer the database refuses otherwise (no name) is a RepositoryException")
    void otherRefusals() {
      assertThatThrownBy(() -> customers.register(null, "nobody@example.com"))
          .isInstanceOf(RepositoryException.class)
          .hasCauseInstanceOf(SQLException.class);
      assertThat(customers.findByEmail("nobody@example.com")).isEmpty();
    }
  }

  @Nested
  @DisplayName("searching customers by name")
  class Searching {

    @Test
    @DisplayName("finds names containing the text in any case, sorted by name, not by storage")
    void ignoresCaseAndSorts() {
      customers.register("Marianne", "m@example.com");
      customers.register("Bob", "b@example.com");
      customers.register("Annika", "a@example.com");
      customers.register("Leanne", "l@example.com");

      assertThat(names(customers.searchByName("ANN")))
          .as("stored Marianne, Annika, Leanne: the result must be sorted by name")
          .containsExactly("Annika", "Leanne", "Marianne");
    }

    @ParameterizedTest(name = "searching \"{0}\" finds only \"{1}\"")
    @CsvSource(
        delimiter = '|',
        value = {"100%|100% Cotton", "a_b|Shop a_b", "k\\s|Back\\slash"})
    @DisplayName("takes % _ and \\ literally, not as wildcards")
    void wildcardsAreLiteral(String text, String expected) {
      customers.register("100% Cotton", "cotton@example.com");
      customers.register("1000 Cottons", "cottons@example.com");
      customers.register("Shop a_b", "ab@example.com");
      customers.register("Shop axb", "axb@example.com");
      customers.register("Back\\slash", "slash@example.com");
      customers.register("Backslash", "noslash@example.com");

      assertThat(names(customers.searchByName(text))).containsExactly(expected);
    }

    @Test
    @DisplayName("finds nothing when no name contains the text")
    void nothingFound() {
      customers.register("Ana", "ana@example.com");

      assertThat(customers.searchByName("Zed")).isEmpty();
    }
  }

  @Nested
  @DisplayName("paging through customers")
  class Paging {

    private List<Customer> all;

    @BeforeEach
    void registerFive() {
      all =
          Stream.of("E", "D", "C", "B", "A")
              .map(n -> customers.register(n, n + "@example.com"))
              .toList();
    }

    @Test
    @DisplayName("page 1 starts with the first customer registered, pages follow in id order")
    void pagesInOrder() {
      assertThat(customers.page(1, 2)).containsExactly(all.get(0), all.get(1));
      assertThat(customers.page(2, 2)).containsExactly(all.get(2), all.get(3));
      assertThat(customers.page(3, 2)).as("the last page is short").containsExactly(all.get(4));
      assertThat(customers.page(4, 2)).as("after the last page").isEmpty();
    }

    @Test
    @DisplayName("a page of one holds exactly one customer")
    void pageOfOne() {
      assertThat(customers.page(1, 1)).containsExactly(all.get(0));
      assertThat(customers.page(5, 1)).containsExactly(all.get(4));
    }

    @ParameterizedTest(name = "page {0} of size {1} is refused")
    @CsvSource({"0, 2", "-1, 2", "1, 0"})
    @DisplayName("pages start at 1 and hold at least one customer")
    void refusesBadPages(int page, int size) {
      assertThatThrownBy(() -> customers.page(page, size))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("placing orders")
  class Placing {

    private long ana;

    @BeforeEach
    void registerAna() {
      ana = customers.register("Ana", "ana@example.com").id();
    }

    @Test
    @DisplayName("an order reads back with its exact time and the total of its lines")
    void readsBack() {
      Instant placedAt = Instant.parse("2026-03-01T23:30:15.123456Z");
      long id =
          orders.place(
              ana, placedAt, List.of(new OrderLine("MUG", 1_250, 2), new OrderLine("PEN", 99, 3)));

      assertThat(orders.ordersOf(ana)).containsExactly(new PlacedOrder(id, ana, placedAt, 2_797));
    }

    @Test
    @DisplayName("a customer's orders are sorted by the time they were placed, not by storage")
    void sortedByTime() {
      long late = orders.place(ana, NOON.plusSeconds(60), List.of(new OrderLine("MUG", 100, 1)));
      long early = orders.place(ana, NOON, List.of(new OrderLine("PEN", 50, 1)));
      long ben = customers.register("Ben", "ben@example.com").id();
      orders.place(ben, NOON, List.of(new OrderLine("LAMP", 900, 1)));

      assertThat(orders.ordersOf(ana))
          .extracting(PlacedOrder::id)
          .as("only Ana's orders, the earlier first")
          .containsExactly(early, late);
    }

    @ParameterizedTest(name = "a second line of {0} at {1} cents")
    @CsvSource({"0, 100", "1, -1"})
    @DisplayName("is all or nothing: a refused line leaves no order and no line behind")
    void allOrNothing(int quantity, long unitPrice) {
      List<OrderLine> lines =
          List.of(new OrderLine("MUG", 1_250, 2), new OrderLine("PEN", unitPrice, quantity));

      assertThatThrownBy(() -> orders.place(ana, NOON, lines))
          .isInstanceOf(RepositoryException.class);
      assertThat(orders.ordersOf(ana)).as("nothing of the refused order may be stored").isEmpty();
      assertThat(orders.placedOn(LocalDate.of(2026, 3, 1), ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    @DisplayName("an order without lines, or of an unknown customer, is refused")
    void refusals() {
      assertThatThrownBy(() -> orders.place(ana, NOON, List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> orders.place(ana + 1, NOON, List.of(new OrderLine("MUG", 1, 1))))
          .isInstanceOf(RepositoryException.class);
      assertThat(orders.ordersOf(ana + 1)).isEmpty();
    }
  }

  @Nested
  @DisplayName("orders placed on a day")
  class Days {

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"})
    @DisplayName("a day runs from its first instant in the zone asked for, to the next day's")
    void dayInZone(String zoneName) {
      ZoneId zone = ZoneId.of(zoneName);
      LocalDate day = LocalDate.of(2026, 3, 1);
      Instant first = day.atStartOfDay(zone).toInstant();
      Instant last = day.atTime(LocalTime.MAX).atZone(zone).toInstant().minusNanos(999);
      long ana = customers.register("Ana", "ana@example.com").id();
      List<OrderLine> mug = List.of(new OrderLine("MUG", 100, 1));
      orders.place(ana, first.minusSeconds(1), mug);
      long atStart = orders.place(ana, first, mug);
      long atEnd = orders.place(ana, last, mug);
      orders.place(ana, day.plusDays(1).atStartOfDay(zone).toInstant(), mug);

      assertThat(orders.placedOn(day, zone))
          .extracting(PlacedOrder::id)
          .as(
              "orders from %s (included) to %s (excluded), whatever the session's time zone",
              first, day.plusDays(1).atStartOfDay(zone).toInstant())
          .containsExactly(atStart, atEnd);
    }
  }
}
