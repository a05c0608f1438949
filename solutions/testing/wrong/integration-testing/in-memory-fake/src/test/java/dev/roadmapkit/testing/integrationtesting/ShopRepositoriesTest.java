package dev.roadmapkit.testing.integrationtesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fast tests: a map stands in for the database, so no PostgreSQL is needed. */
class ShopRepositoriesTest {

  /** The repository's behaviour, kept in memory. */
  static final class FakeCustomers {
    private final Map<String, Customer> byEmail = new LinkedHashMap<>();
    private long nextId = 1;

    Customer register(String name, String email) {
      if (byEmail.containsKey(email.toLowerCase())) {
        throw new IllegalStateException("duplicate " + email);
      }
      Customer customer = new Customer(nextId++, name, email);
      byEmail.put(email.toLowerCase(), customer);
      return customer;
    }

    Optional<Customer> findByEmail(String email) {
      return Optional.ofNullable(byEmail.get(email.toLowerCase()));
    }

    List<Customer> searchByName(String text) {
      List<Customer> found = new ArrayList<>();
      for (Customer c : byEmail.values()) {
        if (c.name().toLowerCase().contains(text.toLowerCase())) {
          found.add(c);
        }
      }
      found.sort((a, b) -> a.name().compareTo(b.name()));
      return found;
    }
  }

  private final FakeCustomers customers = new FakeCustomers();

  @Test
  @DisplayName("a registered customer is found by email in any case")
  void findsByEmail() {
    Customer ana = customers.register("Ana", "Ana@example.com");
    assertThat(customers.findByEmail("ana@EXAMPLE.com")).contains(ana);
  }

  @Test
  @DisplayName("a taken email is refused")
  void duplicate() {
    customers.register("Ana", "ana@example.com");
    assertThatThrownBy(() -> customers.register("Ana", "ANA@example.com"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("search is sorted by name and takes % literally")
  void search() {
    customers.register("Marianne", "m@example.com");
    customers.register("Annika", "a@example.com");
    customers.register("100% Cotton", "c@example.com");
    customers.register("1000 Cottons", "d@example.com");
    assertThat(customers.searchByName("ANN"))
        .extracting(Customer::name)
        .containsExactly("Annika", "Marianne");
    assertThat(customers.searchByName("100%"))
        .extracting(Customer::name)
        .containsExactly("100% Cotton");
  }
}
