package dev.roadmapkit.programming.valueobjects;

import java.util.Locale;
import java.util.Objects;

/**
 * Exercise {@code programming/value-objects}, part 2: a value whose equality is not the equality of
 * its text.
 *
 * <p>Key idea: {@code equals} and {@code hashCode} must be computed from the same thing. Here that
 * is the local part as given and the domain in lower case; working it out once in the constructor
 * makes both methods cheap and impossible to let drift apart. The text as given is kept for
 * display. Not a record: a record's equality would compare the domain's case.
 */
public final class EmailAddress {

  private final String localPart;
  private final String domain;
  private final String domainKey;

  private EmailAddress(String localPart, String domain) {
    this.localPart = localPart;
    this.domain = domain;
    this.domainKey = domain.toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code text} as {@code local-part@domain}: exactly one {@code @}, with text on both
   * sides.
   *
   * @throws IllegalArgumentException when it is not of that form, naming the text
   */
  public static EmailAddress parse(String text) {
    int at = text.indexOf('@');
    if (at <= 0 || at == text.length() - 1 || text.indexOf('@', at + 1) >= 0) {
      throw new IllegalArgumentException(
          "not an address of the form local-part@domain: \"" + text + "\"");
    }
    return new EmailAddress(text.substring(0, at), text.substring(at + 1));
  }

  /** The part before the {@code @}, as given. */
  public String localPart() {
    return localPart;
  }

  /** The part after the {@code @}, as given. */
  public String domain() {
    return domain;
  }

  /** Equal local parts (exactly) and equal domains (ignoring case). */
  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress
        && ((EmailAddress) other).localPart.equalsIgnoreCase(localPart)
        && ((EmailAddress) other).domainKey.equals(domainKey);
  }

  /** Consistent with {@link #equals}: over the local part and the lower-case domain. */
  @Override
  public int hashCode() {
    return Objects.hash(localPart.toLowerCase(Locale.ROOT), domainKey);
  }

  /** The address as given, {@code local-part@domain}. */
  @Override
  public String toString() {
    return localPart + "@" + domain;
  }
}
