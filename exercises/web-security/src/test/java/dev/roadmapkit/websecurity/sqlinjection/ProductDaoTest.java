package dev.roadmapkit.websecurity.sqlinjection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.roadmapkit.support.services.RealServices;
import dev.roadmapkit.support.sql.SqlStatementCounter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import net.jqwik.api.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@RealServices
@Label("web-security/sql-injection: ProductDao")
class ProductDaoTest {

  private static final Product HAMMER = new Product(1, "Hammer", "tools", 1299);
  private static final Product SAW = new Product(2, "Saw", "tools", 2499);
  private static final Product ANVIL = new Product(3, "Anvil", "tools", 9900);
  private static final Product MUG = new Product(4, "O'Reilly mug", "kitchen", 899);

  private DataSource database;
  private ProductDao dao;

  @BeforeEach
  void createTables(DataSource dataSource) throws SQLException {
    database = dataSource;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE products (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL,"
              + " category VARCHAR(50) NOT NULL, price_cents BIGINT NOT NULL)");
      s.execute(
          "INSERT INTO products VALUES (1, 'Hammer', 'tools', 1299), (2, 'Saw', 'tools', 2499),"
              + " (3, 'Anvil', 'tools', 9900), (4, 'O''Reilly mug', 'kitchen', 899)");
      s.execute(
          "CREATE TABLE users (id BIGINT PRIMARY KEY, username VARCHAR(50), password_hash"
              + " VARCHAR(100))");
      s.execute(
          "INSERT INTO users VALUES (1, 'admin', 'pbkdf2-sha256$secret'), (2, 'alice',"
              + " 'pbkdf2-sha256$hidden')");
    }
    dao = new ProductDao(dataSource);
  }

  /** The rows in the users table, or 0 when an injection dropped it. */
  private int users() {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM users")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      return 0;
    }
  }

  @Test
  @Tag("guard")
  @DisplayName("guard: a product is found by its exact name")
  void findsByName() {
    assertThat(dao.findByName("Hammer"))
        .as("keep this working while you fix the injection: findByName(\"Hammer\")")
        .containsExactly(HAMMER);
    assertThat(dao.findByName("hammer")).as("the match is exact").isEmpty();
  }

  @Test
  @Tag("guard")
  @DisplayName("guard: a category is listed by price, name or id, in both directions")
  void sorts() {
    assertThat(dao.findByCategory("tools", "price", true))
        .as("tools by price, cheapest first")
        .containsExactly(HAMMER, SAW, ANVIL);
    assertThat(dao.findByCategory("tools", "PRICE", false))
        .as("tools by price, dearest first; the column name in any case")
        .containsExactly(ANVIL, SAW, HAMMER);
    assertThat(dao.findByCategory("tools", "name", true))
        .as("tools by name")
        .containsExactly(ANVIL, HAMMER, SAW);
    assertThat(dao.findByCategory("tools", "id", false))
        .as("tools by id, newest first")
        .containsExactly(ANVIL, SAW, HAMMER);
  }

  @Test
  @DisplayName("a name with an apostrophe is just a name")
  void apostrophe() {
    List<Product> found =
        assertDoesNotThrow(
            () -> dao.findByName("O'Reilly mug"),
            "findByName(\"O'Reilly mug\") threw: with concatenation the quote ends the SQL string"
                + " early and the query breaks, the same hole every injection below uses. Bind"
                + " the value: prepareStatement(\"... WHERE name = ?\") and setString(1, name)");
    assertThat(found).as("the mug is named O'Reilly mug").containsExactly(MUG);
  }

  @ParameterizedTest(name = "findByName(\"{0}\") finds nothing")
  @ValueSource(
      strings = {
        "' OR '1'='1",
        "' OR 1=1 --",
        "Hammer' OR 'x'='x",
        "' UNION SELECT id, username, password_hash, 0 FROM users --",
      })
  @DisplayName("classic injection payloads are compared as names and find nothing")
  void classicPayloads(String payload) {
    List<Product> found;
    try {
      found = dao.findByName(payload);
    } catch (RuntimeException e) {
      throw new AssertionError(
          "findByName(\""
              + payload
              + "\") threw "
              + e
              + ": the payload reached the SQL parser."
              + " With a bind parameter it is only a (strange) name that matches no product",
          e);
    }
    assertThat(found)
        .as(
            "no product is named \"%s\": the answer must be empty. A non-empty answer means the"
                + " input became SQL (a tautology returns every row, a UNION reads the users"
                + " table)",
            payload)
        .isEmpty();
  }

  @Test
  @DisplayName("a stacked query in a name does not run")
  void stackedQuery() throws SQLException {
    String payload = "x'; DROP TABLE users; --";
    Throwable thrown = catchThrowable(() -> dao.findByName(payload));

    assertThat(users())
        .as("after findByName(\"%s\") the users table must still hold its 2 rows", payload)
        .isEqualTo(2);
    assertThat(thrown)
        .as(
            "findByName(\"%s\") must simply find nothing; an exception means the text reached the"
                + " SQL parser",
            payload)
        .isNull();
  }

  @Test
  @DisplayName("a category cannot be used to inject either")
  void categoryInjection() {
    List<Product> found =
        assertDoesNotThrow(
            () -> dao.findByCategory("x' OR '1'='1", "id", true),
            "findByCategory(\"x' OR '1'='1\", ...) threw: the category reached the SQL parser");
    assertThat(found)
        .as(
            "findByCategory(\"x' OR '1'='1\", \"id\", true) must return no products: bind the"
                + " category as a parameter too")
        .isEmpty();
  }

  @ParameterizedTest(name = "sorting by \"{0}\" is refused")
  @ValueSource(
      strings = {
        "price_cents; DROP TABLE users",
        "(SELECT password_hash FROM users WHERE id = 1)",
        "category",
        "1",
        "",
      })
  @DisplayName("ORDER BY only accepts columns from the allow-list")
  void orderByAllowList(String sortBy) throws SQLException {
    assertThatIllegalArgumentException()
        .as(
            "findByCategory(\"tools\", \"%s\", true) must throw IllegalArgumentException: a column"
                + " name cannot be a bind parameter, so the SQL text for it must come from a fixed"
                + " allow-list (name, price, id), never from the input",
            sortBy)
        .isThrownBy(() -> dao.findByCategory("tools", sortBy, true))
        .withMessageContaining("name, price, id");
    assertThat(users()).as("and the users table is untouched").isEqualTo(2);
  }

  @Test
  @DisplayName("the DAO uses no java.sql.Statement, only PreparedStatement")
  void noPlainStatements() {
    JavaClasses code =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roadmapkit.websecurity.sqlinjection");
    noClasses()
        .should()
        .callMethod(Connection.class, "createStatement")
        .orShould()
        .callMethod(Statement.class, "executeQuery", String.class)
        .orShould()
        .callMethod(Statement.class, "execute", String.class)
        .because(
            "a plain Statement runs SQL text that was built at run time; with"
                + " connection.prepareStatement(sql) and ? placeholders the input never becomes"
                + " SQL")
        .check(code);
  }

  @Test
  @DisplayName("no searched value is ever part of the SQL text, not even escaped")
  void valuesNeverReachTheSqlText() {
    SqlStatementCounter counter = SqlStatementCounter.wrap(database);
    ProductDao counted = new ProductDao(counter.dataSource());

    assertThat(counted.findByName("O'Reilly mug"))
        .as("the mug is found by its name")
        .containsExactly(MUG);
    assertThat(counted.findByCategory("kitchen", "name", true))
        .as("the kitchen category holds the mug")
        .containsExactly(MUG);
    assertThat(counter.statements())
        .as(
            "the SQL sent to the database must hold a ? where each value goes, never the value"
                + " itself, quoted or escaped: escaping is a guess about the database's parser,"
                + " a bind parameter is not. These statements were sent")
        .hasSize(2)
        .noneMatch(sql -> sql.contains("Reilly") || sql.contains("kitchen"));
  }

  @Test
  @Tag("guard")
  @DisplayName("guard: % and _ in a name are matched literally, never as wildcards")
  void wildcardsAreLiteral() {
    assertThat(dao.findByName("%"))
        .as("findByName is an exact match (=), not LIKE: \"%\" names no product")
        .isEmpty();
    assertThat(dao.findByName("Ham_er")).as("\"Ham_er\" is not \"Hammer\"").isEmpty();
  }

  @Test
  @Tag("guard")
  @DisplayName("guard: products with the same sort value come back in id order")
  void tiesAreBrokenById() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      for (int id = 20; id >= 11; id--) {
        s.execute("INSERT INTO products VALUES (" + id + ", 'Clamp', 'clamps', 500)");
      }
    }
    List<Long> expected = List.of(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
    for (String column : new String[] {"name", "price"}) {
      for (boolean ascending : new boolean[] {true, false}) {
        assertThat(dao.findByCategory("clamps", column, ascending))
            .as(
                "ten clamps share name and price, so ORDER BY %s alone leaves their order to the"
                    + " database: keep the \", id\" after the sort column so pages are stable",
                column)
            .extracting(Product::id)
            .containsExactlyElementsOf(expected);
      }
    }
  }
}
