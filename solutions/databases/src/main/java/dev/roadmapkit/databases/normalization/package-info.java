/**
 * Exercise {@code databases/normalization}: a spreadsheet-like table where every order line repeats
 * its customer's and its product's details is migrated, with Flyway and without losing a fact, to
 * tables in third normal form, connected by primary and foreign keys.
 */
package dev.roadmapkit.databases.normalization;
