/**
 * Exercise {@code databases/n-plus-one}: a Hibernate report over customers, orders and order lines
 * that sends one query for the orders and then one more per order (and per customer): the N+1 query
 * problem. Fix it so that the report needs at most two SQL statements, whatever the number of
 * orders, and returns exactly what it returned before.
 */
package dev.roadmapkit.databases.nplusone;
