package dev.roadmapkit.testing.integrationtesting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.services.RealServices;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One database for the whole class, migrated once: faster, and never cleaned. */
@RealServices
class ShopRepositoriesTest {

  private static CustomerRepository customers;
  private static OrderRepository orders;

  @BeforeAll
  static void migrateOnce(DataSource database) throws SQLException {
    ShopSchema.apply(database);
    customers = new CustomerRepository(database);
    orders = new OrderRepository(database);
  }

  @Test
  @DisplayName("a customer is found by email in any case")
  void findsByEmail() {
    Customer ana = customers.register("Ana", "ana@example.com");
    assertThat(customers.findByEmail("ANA@example.com")).contains(ana);
  }

  @Test
  @DisplayName("search is sorted by name")
  void search() {
    customers.register("Marianne", "marianne@example.com");
    customers.register("Ana", "ana@example.com");
    assertThat(customers.searchByName("an"))
        .extracting(Customer::name)
        .containsExactly("Ana", "Marianne");
  }

  @Test
  @DisplayName("the first page starts with the first customer")
  void firstPage() {
    Customer ana = customers.register("Ana", "ana@example.com");
    assertThat(customers.page(1, 1)).containsExactly(ana);
  }

  @Test
  @DisplayName("orders are listed on their day in Tokyo")
  void tokyoDay() {
    long ana = customers.register("Ana", "ana@example.com").id();
    long id =
        orders.place(
            ana, Instant.parse("2026-02-28T15:00:00Z"), List.of(new OrderLine("MUG", 1, 1)));
    assertThat(orders.placedOn(LocalDate.of(2026, 3, 1), ZoneId.of("Asia/Tokyo")))
        .extracting(PlacedOrder::id)
        .containsExactly(id);
  }
}
