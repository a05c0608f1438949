package dev.roadmapkit.cli.output;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The marks shown beside tests and exercises: Unicode where the console's encoding can show it,
 * ASCII otherwise.
 *
 * @param passed a passing test or exercise
 * @param failed a failing one
 * @param skipped a skipped test
 * @param notStarted an exercise never checked
 */
public record Symbols(String passed, String failed, String skipped, String notStarted) {

  /** Unicode marks. */
  public static final Symbols UNICODE = new Symbols("\u2714", "\u2718", "\u21b7", "\u00b7");

  /** ASCII marks. */
  public static final Symbols ASCII = new Symbols("+", "x", "~", "-");

  /**
   * Returns the marks a console with this encoding can show.
   *
   * @param charset the console's encoding
   * @return {@link #UNICODE} for UTF-8, else {@link #ASCII}
   */
  public static Symbols forCharset(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? UNICODE : ASCII;
  }
}
