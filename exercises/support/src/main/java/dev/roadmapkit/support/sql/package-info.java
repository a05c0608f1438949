/**
 * Counting the SQL statements that really reach the database, for exercises about how many round
 * trips code makes (N+1 queries in an ORM, a GraphQL resolver, a batch job).
 *
 * <p>{@link dev.roadmapkit.support.sql.SqlStatementCounter} wraps a {@link javax.sql.DataSource}:
 * hand its {@code dataSource()} to the code under test and every statement executed through it is
 * recorded. {@link dev.roadmapkit.support.sql.StatementSummary} renders what was recorded for a
 * failure message, grouped, e.g. {@code select ... from order_line l1_0 where l1_0.order_id=?
 * x100}.
 */
package dev.roadmapkit.support.sql;
