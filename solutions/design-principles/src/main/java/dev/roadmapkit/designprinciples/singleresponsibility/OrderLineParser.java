package dev.roadmapkit.designprinciples.singleresponsibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the shop's order lines, {@code SKU;quantity;unit price}. Changes when that format does. */
final class OrderLineParser {

  private static final Pattern ORDER_LINE =
      Pattern.compile("^([A-Z0-9][A-Z0-9-]*);(\\d{1,4});(\\d{1,7}\\.\\d{2})$");

  List<OrderLine> parse(List<String> orderLines) {
    if (orderLines.isEmpty()) {
      throw new IllegalArgumentException("an invoice needs at least one order line");
    }
    List<OrderLine> parsed = new ArrayList<>();
    for (int i = 0; i < orderLines.size(); i++) {
      parsed.add(parseLine(i + 1, orderLines.get(i)));
    }
    return List.copyOf(parsed);
  }

  private static OrderLine parseLine(int number, String line) {
    Matcher matcher = ORDER_LINE.matcher(line);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "order line "
              + number
              + " is not 'SKU;quantity;unit price' (e.g. TEA-1;3;4.50): '"
              + line
              + "'");
    }
    int quantity = Integer.parseInt(matcher.group(2));
    if (quantity == 0) {
      throw new IllegalArgumentException(
          "order line " + number + " has a quantity of 0: '" + line + "'");
    }
    return new OrderLine(matcher.group(1), quantity, new BigDecimal(matcher.group(3)));
  }
}
