package dev.roadmapkit.testing.integrationtesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.support.services.RealServices;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Checks that the right number of rows comes back. */
@RealServices
class ShopRepositoriesTest {

  private CustomerRepository customers;
  private OrderRepository orders;

  @BeforeEach
  void migrate(DataSource database) throws SQLException {
    ShopSchema.apply(database);
    customers = new CustomerRepository(database);
    orders = new OrderRepository(database);
  }

  @Test
  @DisplayName("a taken email is refused")
  void duplicate() {
    customers.register("Ana", "ana@example.com");
    assertThatThrownBy(() -> customers.register("Ana", "ANA@example.com"))
        .isInstanceOf(DuplicateEmailException.class);
  }

  @Test
  @DisplayName("a search finds every name containing the text")
  void search() {
    customers.register("Marianne", "m@example.com");
    customers.register("Annika", "a@example.com");
    customers.register("Bob", "b@example.com");
    assertThat(customers.searchByName("ann")).hasSize(2);
    assertThat(customers.searchByName("100%")).isEmpty();
  }

  @Test
  @DisplayName("pages hold the right number of customers")
  void pages() {
    for (String name : List.of("A", "B", "C")) {
      customers.register(name, name + "@example.com");
    }
    assertThat(customers.page(1, 2)).hasSize(2);
  }

  @Test
  @DisplayName("a refused line leaves no order")
  void allOrNothing() {
    long ana = customers.register("Ana", "ana@example.com").id();
    List<OrderLine> lines = List.of(new OrderLine("MUG", 1, 1), new OrderLine("PEN", 1, 0));
    assertThatThrownBy(() -> orders.place(ana, Instant.parse("2026-03-01T12:00:00Z"), lines))
        .isInstanceOf(RepositoryException.class);
    assertThat(orders.ordersOf(ana)).hasSize(0);
  }

  @Test
  @DisplayName("one order on its day")
  void day() {
    long ana = customers.register("Ana", "ana@example.com").id();
    orders.place(ana, Instant.parse("2026-03-01T12:00:00Z"), List.of(new OrderLine("MUG", 1, 1)));
    assertThat(orders.placedOn(LocalDate.of(2026, 3, 1), ZoneId.of("UTC"))).hasSize(1);
  }
}
