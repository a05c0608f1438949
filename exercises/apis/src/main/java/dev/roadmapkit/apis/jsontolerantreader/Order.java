package dev.roadmapkit.apis.jsontolerantreader;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Exercise {@code apis/json-tolerant-reader}: the order as the current version (v3) of the API
 * defines it, read from the JSON of every version by {@link OrderJson}.
 *
 * <p>How the JSON evolved, and what this record must make of it (add the Jackson annotations and a
 * compact constructor here):
 *
 * <ul>
 *   <li>v1: {@code id}, {@code customerName}, {@code placedAt}, {@code status}, {@code totalCents}
 *       (often as a string of digits, {@code "1250"}).
 *   <li>v2: {@code customerName} renamed {@code customer} (both names must be read, the old one as
 *       an alias); new {@code currency} and {@code lines}; {@code totalCents} a number.
 *   <li>v3 (this record): new {@code channel}.
 * </ul>
 *
 * <p>Defaults, for a field that is absent <em>or</em> present with the value {@code null} (the same
 * rule for both, so that a producer that writes nulls and one that leaves fields out agree): {@code
 * currency} is {@code "EUR"} (every order was in euros before v2), {@code lines} is an empty list,
 * {@code channel} is {@code "unknown"}, {@code status} is {@link OrderStatus#UNKNOWN}. A status
 * this version does not know is {@link OrderStatus#UNKNOWN} too. {@code lines} is an unmodifiable
 * copy.
 *
 * @param id the order id
 * @param customer the customer's name (v1: {@code customerName})
 * @param placedAt when the order was placed, with the offset the producer wrote (kept as it is, not
 *     converted to UTC)
 * @param status the status
 * @param totalCents the total in cents
 * @param currency the ISO 4217 currency code
 * @param lines the order lines
 * @param channel where the order came from ({@code "web"}, {@code "app"}, ...)
 */
public record Order(
    String id,
    String customer,
    OffsetDateTime placedAt,
    OrderStatus status,
    long totalCents,
    String currency,
    List<OrderLine> lines,
    String channel) {}
