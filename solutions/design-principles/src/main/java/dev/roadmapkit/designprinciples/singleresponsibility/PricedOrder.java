package dev.roadmapkit.designprinciples.singleresponsibility;

import java.math.BigDecimal;
import java.util.List;

/** An order with its money worked out: what the formatter needs, and nothing it must compute. */
record PricedOrder(
    List<PricedLine> lines,
    BigDecimal subtotal,
    String vatLabel,
    BigDecimal vat,
    BigDecimal total) {

  /** One order line and its total. */
  record PricedLine(OrderLine line, BigDecimal total) {}
}
