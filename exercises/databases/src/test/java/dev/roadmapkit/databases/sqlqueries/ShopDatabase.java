package dev.roadmapkit.databases.sqlqueries;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** The shop of shop.sql in a test's database, and the learner's query files run against it. */
final class ShopDatabase {

  /** Where the learner's files are: src/main/resources/sqlqueries. */
  static final String FOLDER = "sqlqueries/";

  private final DataSource dataSource;

  private ShopDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates the shop's tables and rows in {@code dataSource}. */
  static ShopDatabase create(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : read("shop.sql").split(";\\s*(\\R|$)")) {
        if (!withoutComments(sql).isBlank()) {
          statement.execute(sql);
        }
      }
    }
    return new ShopDatabase(dataSource);
  }

  /**
   * Runs the query in file {@code name}: its column labels and its rows, each value as text
   * (numbers without trailing zeros, dates as yyyy-mm-dd).
   */
  Result run(String name) {
    String sql = read(name).strip();
    if (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1);
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
      }
      List<List<String>> values = new ArrayList<>();
      while (rows.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          row.add(text(rows.getObject(i)));
        }
        values.add(row);
      }
      return new Result(columns, values);
    } catch (SQLException e) {
      throw new AssertionError(
          FOLDER
              + name
              + " does not run: "
              + e.getMessage().lines().findFirst().orElse("")
              + "\nIt must be one SELECT statement over the tables of shop.sql, in SQL that"
              + " PostgreSQL (and H2 in PostgreSQL mode) understands.",
          e);
    }
  }

  /** A value as the tests compare it: 12, 12.5 (not 12.50), 2024-03-01, or null. */
  static String text(Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  private static String read(String name) {
    try (InputStream in = ShopDatabase.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new AssertionError(
            "there is no file " + FOLDER + name + " on the classpath (src/main/resources)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + FOLDER + name + ": " + e.getMessage(), e);
    }
  }

  private static String withoutComments(String sql) {
    return sql.replaceAll("--[^\\n]*", "");
  }

  /** What a query returned: its column labels (lower case) and its rows. */
  record Result(List<String> columns, List<List<String>> rows) {}
}
