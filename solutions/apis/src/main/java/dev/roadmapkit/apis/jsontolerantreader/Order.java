package dev.roadmapkit.apis.jsontolerantreader;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Exercise {@code apis/json-tolerant-reader}: the order as the current version (v3) defines it.
 *
 * <p>Key idea: the tolerance lives in one place per concern. The record's compact constructor turns
 * absent and null alike into the documented defaults (Jackson hands a record's creator a {@code
 * null} for both), so the rule holds however the record is made; the alias keeps the old name
 * readable without ever writing it. The trade-off: a producer cannot say "no currency" on purpose,
 * since null means the default; that is what the contract chose.
 *
 * @param id the order id
 * @param customer the customer's name (v1: {@code customerName})
 * @param placedAt when the order was placed, with the producer's offset
 * @param status the status
 * @param totalCents the total in cents
 * @param currency the ISO 4217 currency code
 * @param lines the order lines
 * @param channel where the order came from
 */
public record Order(
    String id,
    @JsonAlias("customerName") String customer,
    OffsetDateTime placedAt,
    OrderStatus status,
    long totalCents,
    String currency,
    List<OrderLine> lines,
    String channel) {

  public Order {
    status = status == null ? OrderStatus.UNKNOWN : status;
    currency = currency == null ? "EUR" : currency;
    lines = lines == null ? List.of() : List.copyOf(lines);
    channel = channel == null ? "unknown" : channel;
  }
}
