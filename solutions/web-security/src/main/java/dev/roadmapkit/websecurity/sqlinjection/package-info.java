/**
 * Exercise {@code web-security/sql-injection}: fix a DAO that builds SQL by concatenating input;
 * values go through bind parameters and ORDER BY columns through an allow-list.
 */
package dev.roadmapkit.websecurity.sqlinjection;
