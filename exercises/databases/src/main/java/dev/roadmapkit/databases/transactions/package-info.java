/**
 * Exercise {@code databases/transactions}: a money transfer with plain JDBC that is atomic (a
 * failure half-way leaves no trace), isolated (concurrent transfers lose no update and never
 * overdraw an account) and conserves the total amount of money: ACID in practice, on a real
 * PostgreSQL.
 */
package dev.roadmapkit.databases.transactions;
