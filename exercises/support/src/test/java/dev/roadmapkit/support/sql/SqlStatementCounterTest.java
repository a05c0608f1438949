package dev.roadmapkit.support.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.services.RealServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@RealServices
@DisplayName("SqlStatementCounter records the statements that reach the database")
class SqlStatementCounterTest {

  private DataSource database;
  private SqlStatementCounter counter;

  @BeforeEach
  void createTable(DataSource dataSource) throws SQLException {
    database = dataSource;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20))");
      statement.execute("INSERT INTO item VALUES (1, 'one'), (2, 'two'), (3, 'three')");
    }
    counter = SqlStatementCounter.wrap(dataSource);
  }

  @Test
  @DisplayName("counts nothing until a statement runs through its data source")
  void startsEmpty() throws SQLException {
    try (Connection direct = database.getConnection();
        Statement statement = direct.createStatement()) {
      statement.execute("SELECT 1");
    }
    assertThat(counter.count()).isZero();
    assertThat(counter.statements()).isEmpty();
    assertThat(counter.summary()).isEqualTo("0 statements");
  }

  @Test
  @DisplayName("records each execution of a prepared statement, with its SQL, in order")
  void preparedStatementsCountPerExecution() throws SQLException {
    try (Connection connection = counter.dataSource().getConnection();
        PreparedStatement byId = connection.prepareStatement("SELECT name FROM item WHERE id = ?");
        Statement plain = connection.createStatement()) {
      plain.executeQuery("SELECT count(*) FROM item").close();
      for (int id = 1; id <= 3; id++) {
        byId.setInt(1, id);
        try (ResultSet row = byId.executeQuery()) {
          assertThat(row.next()).isTrue();
        }
      }
      plain.executeUpdate("UPDATE item SET name = 'uno' WHERE id = 1");
    }

    assertThat(counter.count()).isEqualTo(5);
    assertThat(counter.statements())
        .containsExactly(
            "SELECT count(*) FROM item",
            "SELECT name FROM item WHERE id = ?",
            "SELECT name FROM item WHERE id = ?",
            "SELECT name FROM item WHERE id = ?",
            "UPDATE item SET name = 'uno' WHERE id = 1");
    assertThat(counter.summary())
        .isEqualTo(
            "5 statements:\n"
                + "  SELECT ... FROM item x1\n"
                + "  SELECT ... FROM item WHERE id = ? x3\n"
                + "  UPDATE item SET name = 'uno' WHERE id = 1 x1");
  }

  @Test
  @DisplayName("a batch of one prepared statement is one statement")
  void batchCountsOnce() throws SQLException {
    try (Connection connection = counter.dataSource().getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO item VALUES (?, ?)")) {
      for (int id = 10; id < 15; id++) {
        insert.setInt(1, id);
        insert.setString(2, "n" + id);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    assertThat(counter.statements()).containsExactly("INSERT INTO item VALUES (?, ?)");
  }

  @Test
  @DisplayName("reset forgets what was recorded, and the statements list is a snapshot")
  void resetForgets() throws SQLException {
    execute("SELECT id FROM item");
    List<String> before = counter.statements();

    counter.reset();
    execute("SELECT name FROM item");

    assertThat(before).containsExactly("SELECT id FROM item");
    assertThat(counter.statements()).containsExactly("SELECT name FROM item");
    assertThat(counter.summary()).isEqualTo("1 statement:\n  SELECT ... FROM item x1");
  }

  @Test
  @DisplayName("records statements of many threads and connections without losing one")
  void threadSafe() throws Exception {
    int threads = 4;
    int perThread = 25;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    execute("SELECT id FROM item");
                  }
                } catch (Exception e) {
                  failures.add(e);
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    assertThat(failures).isEmpty();
    assertThat(counter.count()).isEqualTo(threads * perThread);
    assertThat(counter.summary()).endsWith("SELECT ... FROM item x" + threads * perThread);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = counter.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
