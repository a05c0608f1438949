/**
 * Exercise {@code databases/sql-queries}: six queries in SQL against a small shop, from joins to
 * window functions and a correlated subquery.
 *
 * <p>There is no Java to write here: your files are {@code
 * src/main/resources/sqlqueries/01_march_order_lines.sql} to {@code
 * 06_best_seller_per_category.sql}. Each starts with a comment that states its task: the columns,
 * their names and the order of the rows. The shop's schema and data are in {@code
 * src/test/resources/sqlqueries/shop.sql}. The test runs each file on a fresh copy of the shop
 * (PostgreSQL, or H2 in PostgreSQL mode) and compares the result with the expected rows, naming the
 * first row that differs.
 */
package dev.roadmapkit.databases.sqlqueries;
