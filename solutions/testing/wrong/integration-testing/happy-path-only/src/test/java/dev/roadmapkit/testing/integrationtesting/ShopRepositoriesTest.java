package dev.roadmapkit.testing.integrationtesting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.services.RealServices;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One example of each method, against the real database. */
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
  @DisplayName("a customer is found by their email")
  void findsByEmail() {
    Customer ana = customers.register("Ana", "ana@example.com");
    assertThat(customers.findByEmail("ana@example.com")).contains(ana);
  }

  @Test
  @DisplayName("a search finds the names containing the text, sorted")
  void search() {
    customers.register("Annika", "a@example.com");
    customers.register("Leanne", "l@example.com");
    customers.register("Bob", "b@example.com");
    assertThat(customers.searchByName("ann"))
        .extracting(Customer::name)
        .containsExactly("Annika", "Leanne");
  }

  @Test
  @DisplayName("the first page holds the first customers")
  void firstPage() {
    Customer ana = customers.register("Ana", "ana@example.com");
    Customer ben = customers.register("Ben", "ben@example.com");
    customers.register("Cy", "cy@example.com");
    assertThat(customers.page(1, 2)).containsExactly(ana, ben);
  }

  @Test
  @DisplayName("an order reads back, and is listed on its day")
  void order() {
    long ana = customers.register("Ana", "ana@example.com").id();
    Instant noon = Instant.parse("2026-03-01T12:00:00Z");
    long id = orders.place(ana, noon, List.of(new OrderLine("MUG", 250, 2)));
    assertThat(orders.ordersOf(ana)).containsExactly(new PlacedOrder(id, ana, noon, 500));
    assertThat(orders.placedOn(LocalDate.of(2026, 3, 1), ZoneOffset.UTC))
        .extracting(PlacedOrder::id)
        .containsExactly(id);
  }
}
