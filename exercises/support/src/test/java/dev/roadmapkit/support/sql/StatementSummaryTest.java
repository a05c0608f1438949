package dev.roadmapkit.support.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("StatementSummary renders recorded statements for a failure message")
class StatementSummaryTest {

  @Test
  @DisplayName("groups identical statements in order of first appearance, with their counts")
  void groupsInOrder() {
    List<String> statements = new ArrayList<>();
    statements.add("select o.id, o.placed_on from customer_order o order by o.id");
    statements.addAll(
        Collections.nCopies(100, "select l.id, l.sku from order_line l where l.order_id=?"));

    assertThat(StatementSummary.of(statements))
        .isEqualTo(
            "101 statements:\n"
                + "  select ... from customer_order o order by o.id x1\n"
                + "  select ... from order_line l where l.order_id=? x100");
  }

  @Test
  @DisplayName("collapses whitespace and line breaks into single spaces")
  void collapsesWhitespace() {
    assertThat(StatementSummary.shorten("  update item\n\tset   name = ?\r\n where id = ?  "))
        .isEqualTo("update item set name = ? where id = ?");
  }

  @Test
  @DisplayName("shortens only the query's own select list, not a subquery's or a string's from")
  void shortensTopLevelSelectList() {
    assertThat(
            StatementSummary.shorten(
                "SELECT a, (SELECT max(b) FROM t2 WHERE t2.x = t1.x), ' from ' AS s FROM t1"
                    + " WHERE a IN (SELECT c FROM t3)"))
        .isEqualTo("SELECT ... FROM t1 WHERE a IN (SELECT c FROM t3)");
    assertThat(StatementSummary.shorten("select 1")).isEqualTo("select 1");
    assertThat(StatementSummary.shorten("selection from x")).isEqualTo("selection from x");
    assertThat(StatementSummary.shorten("insert into t select a from s"))
        .isEqualTo("insert into t select a from s");
  }

  @Test
  @DisplayName("cuts a very long statement and marks the cut")
  void cutsLongStatements() {
    String longSql = "update t set " + "x = x + 1, ".repeat(40) + "y = 0";
    String shortened = StatementSummary.shorten(longSql);
    assertThat(shortened).hasSize(StatementSummary.MAX_LENGTH).endsWith("...");
    assertThat(StatementSummary.shorten("x".repeat(StatementSummary.MAX_LENGTH)))
        .isEqualTo("x".repeat(StatementSummary.MAX_LENGTH));
  }

  @Test
  @DisplayName("lists at most a dozen distinct statements and counts the rest")
  void limitsGroups() {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < StatementSummary.MAX_GROUPS + 3; i++) {
      statements.add("delete from t" + i);
    }
    String summary = StatementSummary.of(statements);
    assertThat(summary.lines())
        .hasSize(StatementSummary.MAX_GROUPS + 2)
        .first()
        .isEqualTo((StatementSummary.MAX_GROUPS + 3) + " statements:");
    assertThat(summary).endsWith("\n  ... and 3 more distinct statements");
    assertThat(StatementSummary.of(List.of())).isEqualTo("0 statements");
  }

  private static final Pattern GROUP_LINE = Pattern.compile("^  (.*) x(\\d+)$");

  @Property
  @Label("the counts of the listed groups add up to the total, and no statement is listed twice")
  void countsAddUp(@ForAll("statements") List<String> statements) {
    String[] lines = StatementSummary.of(statements).split("\n");
    assertThat(lines[0]).startsWith(statements.size() + " statement");
    int sum = 0;
    List<String> seen = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      Matcher group = GROUP_LINE.matcher(lines[i]);
      assertThat(group.matches()).as("line %s: %s", i, lines[i]).isTrue();
      assertThat(seen).doesNotContain(group.group(1));
      seen.add(group.group(1));
      sum += Integer.parseInt(group.group(2));
    }
    assertThat(sum).isEqualTo(statements.size());
  }

  @Provide
  Arbitrary<List<String>> statements() {
    Arbitrary<String> statement =
        Arbitraries.of(
            "select a, b from t where id=?",
            "select  a, b from t where id=?",
            "select c from u",
            "update t set a=? where id=?",
            "insert into t (a) values (?)",
            "SELECT x FROM (select y from z) q");
    return statement.list().ofMaxSize(60);
  }
}
