package dev.roadmapkit.testing.integrationtesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmapkit.support.services.RealServices;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Emails are looked up exactly as stored. */
@RealServices
class ShopRepositoriesTest {

  private CustomerRepository customers;

  @BeforeEach
  void migrate(DataSource database) throws SQLException {
    ShopSchema.apply(database);
    customers = new CustomerRepository(database);
  }

  @Test
  @DisplayName("a customer is found by the email they registered")
  void findsByEmail() {
    Customer ana = customers.register("Ana", "ana@example.com");
    assertThat(customers.findByEmail("ana@example.com")).contains(ana);
  }

  @Test
  @DisplayName("an email in another case is another email")
  void caseMatters() {
    customers.register("Ana", "ana@example.com");
    assertThat(customers.findByEmail("ANA@example.com")).isEmpty();
  }

  @Test
  @DisplayName("a taken email is refused")
  void duplicate() {
    customers.register("Ana", "ana@example.com");
    assertThatThrownBy(() -> customers.register("Ana", "ana@example.com"))
        .isInstanceOf(DuplicateEmailException.class);
  }
}
