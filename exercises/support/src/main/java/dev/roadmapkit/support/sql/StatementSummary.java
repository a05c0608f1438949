package dev.roadmapkit.support.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders recorded SQL statements for a person: identical statements are grouped with their count,
 * in the order they first ran, and the select list of a query is shortened to {@code ...} because
 * what tells one query from another is the table and the condition, not the forty column names an
 * ORM lists.
 *
 * <pre>
 * 101 statements:
 *   select ... from customer_order o1_0 order by o1_0.id x1
 *   select ... from order_line l1_0 where l1_0.order_id=? x100
 * </pre>
 */
public final class StatementSummary {

  /** Distinct statements listed before the rest is only counted, to keep a message readable. */
  static final int MAX_GROUPS = 12;

  /** Longest statement text shown; a longer one is cut and ends with {@code ...}. */
  static final int MAX_LENGTH = 220;

  private StatementSummary() {}

  /** The summary of {@code statements}: a count line, then one line per distinct statement. */
  public static String of(List<String> statements) {
    Map<String, Integer> groups = new LinkedHashMap<>();
    for (String statement : statements) {
      groups.merge(shorten(statement), 1, Integer::sum);
    }
    StringBuilder text =
        new StringBuilder()
            .append(statements.size())
            .append(statements.size() == 1 ? " statement" : " statements");
    if (groups.isEmpty()) {
      return text.toString();
    }
    text.append(':');
    int shown = 0;
    for (Map.Entry<String, Integer> group : groups.entrySet()) {
      if (shown == MAX_GROUPS) {
        text.append("\n  ... and ")
            .append(groups.size() - MAX_GROUPS)
            .append(" more distinct statements");
        break;
      }
      text.append("\n  ").append(group.getKey()).append(" x").append(group.getValue());
      shown++;
    }
    return text.toString();
  }

  /**
   * One statement on one line: whitespace collapsed, the select list of a query replaced by {@code
   * ...} (up to its own {@code from}, not one inside a subquery or a string), and cut to {@value
   * #MAX_LENGTH} characters.
   */
  public static String shorten(String sql) {
    String text = sql.strip().replaceAll("\\s+", " ");
    if (text.toLowerCase(Locale.ROOT).startsWith("select ")) {
      int from = topLevelFrom(text);
      if (from > 0) {
        text = text.substring(0, "select".length()) + " ..." + text.substring(from);
      }
    }
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH - 3) + "...";
    }
    return text;
  }

  /** The index of the space before the query's own {@code from}, or -1 if it has none. */
  private static int topLevelFrom(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int depth = 0;
    boolean quoted = false;
    for (int i = "select".length(); i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && lower.startsWith(" from ", i)) {
        return i;
      }
    }
    return -1;
  }
}
