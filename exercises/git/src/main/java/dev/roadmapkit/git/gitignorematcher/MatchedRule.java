package dev.roadmapkit.git.gitignorematcher;

import java.util.Objects;

/**
 * The rule that decided about a path: where it is and what it says, as {@code git check-ignore -v}
 * prints it. Given: do not change.
 *
 * @param source the {@code .gitignore} file, as {@link IgnoreFile#source()} names it
 * @param line the rule's line number in that file, counting from 1 (blank lines and comments count)
 * @param pattern the rule as written, after trailing spaces are trimmed: with its {@code !}, its
 *     leading and trailing {@code /} and its backslashes, for example {@code !/build/}
 */
public record MatchedRule(String source, int line, String pattern) {

  public MatchedRule {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pattern, "pattern");
    if (line < 1) {
      throw new IllegalArgumentException("line " + line + " must be 1 or more");
    }
  }

  /** Whether the rule is a negation ({@code !pattern}): a path it matches is not ignored. */
  public boolean negated() {
    return pattern.startsWith("!");
  }

  /** {@code source:line:pattern}, the way {@code git check-ignore -v} prints a rule. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + pattern;
  }
}
