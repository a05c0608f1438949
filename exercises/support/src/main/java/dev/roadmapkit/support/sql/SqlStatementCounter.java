package dev.roadmapkit.support.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records every SQL statement sent to the database through a wrapped {@link DataSource}.
 *
 * <pre>{@code
 * SqlStatementCounter counter = SqlStatementCounter.wrap(dataSource);
 * EntityManagerFactory orm = ... built on counter.dataSource() ...;
 * counter.reset();
 * report.run();
 * assertThat(counter.count()).as(counter.summary()).isLessThanOrEqualTo(2);
 * }</pre>
 *
 * <p>A statement counts once per execution: a {@code PreparedStatement} executed 100 times is 100
 * statements, while one {@code executeBatch()} of it counts once, however many rows it carries (a
 * batch of a plain {@code Statement} counts once per SQL text added to it). Statements from all
 * threads and connections of the wrapped data source are recorded, in the order they completed.
 */
public final class SqlStatementCounter {

  private final DataSource proxy;
  private final List<String> statements = new ArrayList<>();

  private SqlStatementCounter(DataSource target) {
    this.proxy =
        ProxyDataSourceBuilder.create(Objects.requireNonNull(target, "target data source"))
            .name("roadmap-statement-counter")
            .afterQuery((execution, queries) -> record(queries))
            .build();
  }

  /** A counter around {@code target}; only statements sent through {@link #dataSource()} count. */
  public static SqlStatementCounter wrap(DataSource target) {
    return new SqlStatementCounter(target);
  }

  /** The data source to give to the code under test. */
  public DataSource dataSource() {
    return proxy;
  }

  /** How many statements were executed since creation or the last {@link #reset()}. */
  public synchronized int count() {
    return statements.size();
  }

  /** The SQL of every statement executed since creation or the last reset, in order. */
  public synchronized List<String> statements() {
    return List.copyOf(statements);
  }

  /** Forgets what was recorded, e.g. after the test's own set-up statements. */
  public synchronized void reset() {
    statements.clear();
  }

  /**
   * What was recorded, for a failure message: the count, then each distinct statement (its select
   * list shortened to {@code ...}) with how often it ran, e.g. {@code 101 statements:} followed by
   * {@code select ... from order_line l1_0 where l1_0.order_id=? x100}.
   */
  public String summary() {
    return StatementSummary.of(statements());
  }

  private synchronized void record(List<QueryInfo> queries) {
    for (QueryInfo query : queries) {
      statements.add(query.getQuery());
    }
  }
}
