package dev.roadmapkit.designprinciples.singleresponsibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Prices an order: line totals, subtotal and VAT. Changes when the pricing or tax rules do. */
final class PriceCalculator {

  private static final BigDecimal VAT_RATE = new BigDecimal("0.20");
  private static final String VAT_LABEL = "VAT 20%";

  PricedOrder price(List<OrderLine> lines) {
    List<PricedOrder.PricedLine> priced = new ArrayList<>();
    BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
    for (OrderLine line : lines) {
      BigDecimal lineTotal = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
      priced.add(new PricedOrder.PricedLine(line, lineTotal));
      subtotal = subtotal.add(lineTotal);
    }
    BigDecimal vat = subtotal.multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP);
    return new PricedOrder(List.copyOf(priced), subtotal, VAT_LABEL, vat, subtotal.add(vat));
  }
}
