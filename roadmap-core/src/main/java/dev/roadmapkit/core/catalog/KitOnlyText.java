package dev.roadmapkit.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a module's README that speak of the kit itself (its CLI, its reference solutions)
 * and so have no place in a class's repository made by {@code ./roadmap assign}. They are marked as
 * blocks:
 *
 * <pre>{@code
 * <!-- kit-only: why it is kit-only -->
 * `./roadmap hint caching/lru-cache` shows the next hint; solutions are under `solutions/caching`.
 * <!-- /kit-only -->
 * }</pre>
 *
 * <p>The kit check makes sure that outside such blocks a README never mentions {@value #CLI} or
 * {@value #SOLUTIONS}.
 */
public final class KitOnlyText {

  /** How the CLI is called; a class's repository has no CLI. */
  public static final String CLI = "./roadmap";

  /** Where the reference solutions live; a class's repository has none. */
  public static final String SOLUTIONS = "solutions/";

  private static final String START = "<!-- kit-only";
  private static final String END = "<!-- /kit-only -->";
  private static final Pattern BLOCK =
      Pattern.compile(
          "[ \\t]*" + Pattern.quote(START) + ".*?" + Pattern.quote(END) + "[ \\t]*\\R?",
          Pattern.DOTALL);
  private static final Pattern BLANK_RUN = Pattern.compile("(\\R[ \\t]*){3,}");
  private static final Pattern MENTION =
      Pattern.compile(Pattern.quote(CLI) + "\\b|(?<![\\w/-])" + Pattern.quote(SOLUTIONS));

  private KitOnlyText() {}

  /**
   * Returns the text without its kit-only blocks; where a block stood between paragraphs, one blank
   * line is left.
   *
   * @param markdown the README's text
   * @return the text without the blocks
   * @throws IllegalArgumentException if a block is opened and never closed
   */
  public static String strip(String markdown) {
    Objects.requireNonNull(markdown, "text must not be null");
    String stripped = BLOCK.matcher(markdown).replaceAll("");
    checkClosed(stripped);
    return BLANK_RUN.matcher(stripped).replaceAll("\n\n");
  }

  /**
   * Finds what, outside the kit-only blocks, speaks of the kit: each mention of {@value #CLI} or
   * {@value #SOLUTIONS}, with its line.
   *
   * @param markdown the README's text
   * @return descriptions such as {@code "'./roadmap' on line 45"}, in order; empty when there are
   *     none
   * @throws IllegalArgumentException if a block is opened and never closed
   */
  public static List<String> kitMentions(String markdown) {
    Objects.requireNonNull(markdown, "text must not be null");
    Matcher blocks = BLOCK.matcher(markdown);
    StringBuilder outside = new StringBuilder();
    while (blocks.find()) {
      // Keep the line count: replace a block by as many line breaks as it spans.
      String block = blocks.group();
      blocks.appendReplacement(
          outside, "\n".repeat((int) block.chars().filter(c -> c == '\n').count()));
    }
    blocks.appendTail(outside);
    String text = outside.toString();
    checkClosed(text);
    List<String> mentions = new ArrayList<>();
    Matcher matcher = MENTION.matcher(text);
    while (matcher.find()) {
      mentions.add("'" + matcher.group() + "' on line " + lineOf(text, matcher.start()));
    }
    return List.copyOf(mentions);
  }

  /** Throws when {@code outside}, the text outside the complete blocks, still opens one. */
  private static void checkClosed(String outside) {
    int unclosed = outside.indexOf(START);
    if (unclosed >= 0) {
      throw new IllegalArgumentException(
          "a '"
              + START
              + "' block on line "
              + lineOf(outside, unclosed)
              + " is never closed with '"
              + END
              + "'");
    }
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
