package dev.roadmapkit.internet.urlsanddomains;

/**
 * Exercise {@code internet/urls-and-domains}, part 2: validate a domain name and return its ASCII
 * form, the form that goes into DNS messages and TLS certificates.
 *
 * <p>The rules (RFC 1034 section 3.5, RFC 1035 section 2.3.4, RFC 5890): a name is labels separated
 * by dots, with at most one trailing dot (an absolute name, {@code example.com.}). Every label is 1
 * to 63 octets, the whole name at most 253 octets without the trailing dot, and each label holds
 * letters, digits and hyphens only (the LDH rule), never a hyphen first or last. All of it is
 * counted on the ASCII form: an internationalised label such as {@code bücher} travels as {@code
 * xn--bcher-kva}, which is longer than what you see.
 */
public final class DomainNames {

  private DomainNames() {}

  /**
   * Returns the ASCII form of {@code name}, lower-cased, keeping a trailing dot if it had one:
   * {@code Bücher.Example} gives {@code xn--bcher-kva.example}.
   *
   * <p>Check label by label, from the left, and for each label in this order: empty ({@link
   * InvalidDomainNameException.Reason#EMPTY_LABEL}; an empty name too); convert it (an ASCII label
   * is just lower-cased; any other with {@link java.net.IDN#toASCII(String)}, whose {@code
   * IllegalArgumentException} means {@code INVALID_CHARACTER}); longer than 63 ({@code
   * LABEL_TOO_LONG}); a character other than {@code a-z 0-9 -} ({@code INVALID_CHARACTER}); a
   * hyphen at either end ({@code HYPHEN_AT_EDGE}). Last, the joined ASCII form without the trailing
   * dot longer than 253 is {@code NAME_TOO_LONG}.
   *
   * @throws InvalidDomainNameException with the reason of the first rule broken
   */
  public static String toAscii(String name) {
    throw new UnsupportedOperationException(
        "TODO internet/urls-and-domains: split into labels, convert each to ASCII, check lengths"
            + " and the LDH rule");
  }
}
