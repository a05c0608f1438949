/**
 * Exercise {@code apis/json-tolerant-reader}: a Jackson reader for an order whose JSON evolved over
 * three versions, tolerant of what it does not know, and a writer of the current version. Start
 * with {@link dev.roadmapkit.apis.jsontolerantreader.Order} and {@link
 * dev.roadmapkit.apis.jsontolerantreader.OrderJson}.
 */
package dev.roadmapkit.apis.jsontolerantreader;
