package dev.roadmapkit.testing.integrationtesting;

import dev.roadmapkit.support.services.RealServices;

/**
 * Your integration tests of {@link CustomerRepository} and {@link OrderRepository}: the exercise.
 * They run against a real PostgreSQL that {@link RealServices} provides: a {@code DataSource}
 * parameter (of a test or of a {@code @BeforeEach} method) is an empty schema of that test's own,
 * dropped afterwards, to which you apply {@link ShopSchema}. Test each rule of the repositories'
 * Javadoc through the database, named by what it proves. They are graded by
 * IntegrationTestingGradingTest against the correct repositories and buggy copies of them.
 */
@RealServices
class ShopRepositoriesTest {

  // TODO testing/integration-testing: replace this with tests of every rule, then run the grading.
  // For example:
  //
  // private CustomerRepository customers;
  //
  // @BeforeEach
  // void migrate(DataSource database) throws SQLException {
  //   ShopSchema.apply(database);
  //   customers = new CustomerRepository(database);
  // }
  //
  // @Test
  // @DisplayName("a registered customer is found by their email")
  // void findsByEmail() {
  //   Customer ana = customers.register("Ana", "ana@example.com");
  //   assertThat(customers.findByEmail("ana@example.com")).contains(...);
  // }
}
