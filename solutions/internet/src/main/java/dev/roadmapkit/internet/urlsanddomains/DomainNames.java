package dev.roadmapkit.internet.urlsanddomains;

import dev.roadmapkit.internet.urlsanddomains.InvalidDomainNameException.Reason;
import java.net.IDN;
import java.util.Locale;

/**
 * Reference solution of {@code internet/urls-and-domains}, domain part.
 *
 * <p>Key idea: every limit of RFC 1035 is about the octets on the wire, so each label is converted
 * to its ASCII form first (punycode for an internationalised label) and measured there. Trade-off:
 * {@code java.net.IDN} implements IDNA 2003, not the stricter IDNA 2008 registries use.
 */
public final class DomainNames {

  private static final int MAX_LABEL = 63;
  private static final int MAX_NAME = 253;

  private DomainNames() {}

  /** The ASCII form of {@code name}, lower-cased, or an {@link InvalidDomainNameException}. */
  public static String toAscii(String name) {
    boolean absolute = name.endsWith(".");
    String body = absolute ? name.substring(0, name.length() - 1) : name;
    StringBuilder ascii = new StringBuilder();
    for (String label : body.split("\\.", -1)) {
      if (label.isEmpty()) {
        throw new InvalidDomainNameException(name, Reason.EMPTY_LABEL);
      }
      String asciiLabel = asciiLabel(name, label);
      if (asciiLabel.length() > MAX_LABEL) {
        throw new InvalidDomainNameException(name, Reason.LABEL_TOO_LONG);
      }
      for (int i = 0; i < asciiLabel.length(); i++) {
        char c = asciiLabel.charAt(i);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
          throw new InvalidDomainNameException(name, Reason.INVALID_CHARACTER);
        }
      }
      if (asciiLabel.startsWith("-") || asciiLabel.endsWith("-")) {
        throw new InvalidDomainNameException(name, Reason.HYPHEN_AT_EDGE);
      }
      if (ascii.length() > 0) {
        ascii.append('.');
      }
      ascii.append(asciiLabel);
    }
    if (ascii.length() > MAX_NAME) {
      throw new InvalidDomainNameException(name, Reason.NAME_TOO_LONG);
    }
    return absolute ? ascii + "." : ascii.toString();
  }

  private static String asciiLabel(String name, String label) {
    if (label.chars().allMatch(c -> c < 0x80)) {
      return label.toLowerCase(Locale.ROOT);
    }
    try {
      return IDN.toASCII(label).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException refused) {
      throw new InvalidDomainNameException(name, Reason.INVALID_CHARACTER);
    }
  }
}
