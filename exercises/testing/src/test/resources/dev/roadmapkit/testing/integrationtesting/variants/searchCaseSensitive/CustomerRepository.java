package dev.roadmapkit.testing.integrationtesting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The shop's customers, stored in PostgreSQL (tables of {@link ShopSchema}). This class is correct:
 * the exercise is to write the integration tests that prove it against a real database, in {@code
 * src/test/java/dev/roadmapkit/testing/integrationtesting/ShopRepositoriesTest.java}. They are
 * graded against this class, where every one must pass, and against buggy copies of it, each of
 * which some test must catch.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>{@link #register}: an email is unique ignoring the letters' case; registering one that is
 *       taken ({@code ana@example.com} when {@code Ana@Example.com} exists) is refused with {@link
 *       DuplicateEmailException} and stores nothing.
 *   <li>{@link #findByEmail}: finds a customer whatever the letters' case of the email asked for.
 *   <li>{@link #searchByName}: the customers whose name contains the text, ignoring the letters'
 *       case; the text is literal, so {@code %} and {@code _} match only themselves. Sorted by name
 *       (in the database's collation), then by id.
 *   <li>{@link #page}: every customer in the order they registered (by id), a page at a time; pages
 *       are numbered from 1.
 * </ul>
 */
public final class CustomerRepository {

  /** PostgreSQL's SQLSTATE for a unique violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String COLUMNS = "SELECT id, name, email FROM customer ";

  private final DataSource dataSource;

  /**
   * @param dataSource the database, with {@link ShopSchema} applied
   */
  public CustomerRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Registers a customer.
   *
   * @param name the customer's name
   * @param email the customer's email, stored as given
   * @return the customer with the id the database gave it
   * @throws DuplicateEmailException if the email, in any letters' case, is already registered
   * @throws RepositoryException if the database refuses otherwise
   */
  public Customer register(String name, String email) {
    String sql = "INSERT INTO customer (name, email) VALUES (?, ?) RETURNING id";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      statement.setString(2, email);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return new Customer(row.getLong("id"), name, email);
      }
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new DuplicateEmailException(email, e);
      }
      throw new RepositoryException("could not register " + email, e);
    }
  }

  /**
   * The customer with this email, ignoring the letters' case.
   *
   * @param email the email to look for
   * @return the customer, or empty if none has this email
   */
  public Optional<Customer> findByEmail(String email) {
    List<Customer> found = query(COLUMNS + "WHERE lower(email) = lower(?)", email);
    return found.stream().findFirst();
  }

  /**
   * The customers whose name contains {@code text}, ignoring the letters' case, sorted by name and
   * then id; {@code %}, {@code _} and {@code \} in the text match only themselves.
   *
   * @param text the literal text to look for in names
   * @return the matching customers, sorted; empty if none
   */
  public List<Customer> searchByName(String text) {
    return query(
        COLUMNS + "WHERE name LIKE ? ESCAPE '\\' ORDER BY name, id", "%" + literal(text) + "%");
  }

  /**
   * One page of all customers, in the order they registered (by id).
   *
   * @param page the page number, from 1
   * @param size the customers per page, at least 1
   * @return the page's customers: fewer than {@code size} on the last page, none after it
   * @throws IllegalArgumentException if the page is below 1 or the size below 1
   */
  public List<Customer> page(int page, int size) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException(
          "pages start at 1 and hold at least one customer, was page " + page + " of " + size);
    }
    String sql = COLUMNS + "ORDER BY id LIMIT ? OFFSET ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, size);
      statement.setLong(2, (long) (page - 1) * size);
      return customers(statement);
    } catch (SQLException e) {
      throw new RepositoryException("could not read page " + page + " of customers", e);
    }
  }

  /** Escapes LIKE's wildcards and its escape character, so that the text matches itself. */
  private static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private List<Customer> query(String sql, String parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      return customers(statement);
    } catch (SQLException e) {
      throw new RepositoryException("could not read customers", e);
    }
  }

  private static List<Customer> customers(PreparedStatement statement) throws SQLException {
    List<Customer> customers = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        customers.add(
            new Customer(rows.getLong("id"), rows.getString("name"), rows.getString("email")));
      }
    }
    return customers;
  }
}
