package dev.roadmapkit.designprinciples.dryandkiss;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address as a value object: if you hold one, it is valid and normalized.
 *
 * <p>Reference solution. DRY: the rule for what an address is lives here and nowhere else, so the
 * three services cannot drift apart again. KISS: one pattern and one line of normalization, in the
 * compact constructor, instead of three hand-made checks. The trade-off: the rule is deliberately
 * stricter than RFC 5322 (no quoted local parts, no IP literals); a simple rule everyone can read
 * beats a complete one nobody can.
 *
 * @param value the normalized address: stripped, with the domain in lower case
 */
public record EmailAddress(String value) {

  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");

  /**
   * Checks and normalizes {@code value}.
   *
   * @throws NullPointerException if it is {@code null}
   * @throws IllegalArgumentException if it is not an address; the message quotes it as given
   */
  public EmailAddress {
    Objects.requireNonNull(value, "value");
    String stripped = value.strip();
    if (!ADDRESS.matcher(stripped).matches()) {
      throw new IllegalArgumentException("not an email address: '" + value + "'");
    }
    int at = stripped.indexOf('@');
    value = stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
