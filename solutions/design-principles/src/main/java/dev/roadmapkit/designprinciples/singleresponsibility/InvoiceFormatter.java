package dev.roadmapkit.designprinciples.singleresponsibility;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Lays out the invoice text. Changes when the layout does, and for no other reason. */
final class InvoiceFormatter {

  String format(String invoiceNumber, PricedOrder order) {
    DecimalFormat money =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    StringBuilder text = new StringBuilder();
    text.append("INVOICE ").append(invoiceNumber).append('\n');
    for (PricedOrder.PricedLine priced : order.lines()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-12s %4d x %10s = %12s\n",
              priced.line().sku(),
              priced.line().quantity(),
              money.format(priced.line().unitPrice()),
              money.format(priced.total())));
    }
    text.append(summaryLine("Subtotal", money.format(order.subtotal())));
    text.append(summaryLine(order.vatLabel(), money.format(order.vat())));
    text.append(summaryLine("Total", money.format(order.total())));
    return text.toString();
  }

  private static String summaryLine(String label, String amount) {
    return String.format(Locale.ROOT, "%-31s %12s\n", label, amount);
  }
}
