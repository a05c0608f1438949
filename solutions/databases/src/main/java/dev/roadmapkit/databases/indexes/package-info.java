/**
 * Exercise {@code databases/indexes}: a query over 100,000 purchases reads the whole table to find
 * one customer's ten latest purchases. Add the index that lets PostgreSQL find them directly and in
 * order, as a Flyway migration, and read the plan with {@code EXPLAIN} to see the difference.
 */
package dev.roadmapkit.databases.indexes;
