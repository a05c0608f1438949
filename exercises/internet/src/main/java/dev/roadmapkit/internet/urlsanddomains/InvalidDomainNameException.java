package dev.roadmapkit.internet.urlsanddomains;

import java.util.Objects;

/** Given: a domain name was refused, with the {@link Reason} the first broken rule gives. */
public final class InvalidDomainNameException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Which rule the name breaks. */
  public enum Reason {
    /**
     * The name is empty, or has an empty label ({@code a..b}, a leading dot, two dots at the end).
     */
    EMPTY_LABEL,
    /** A label's ASCII form is longer than 63 octets. */
    LABEL_TOO_LONG,
    /** The ASCII form, without a trailing dot, is longer than 253 octets. */
    NAME_TOO_LONG,
    /**
     * A label's ASCII form holds something other than letters, digits and hyphens, or {@code
     * java.net.IDN} refuses to convert it.
     */
    INVALID_CHARACTER,
    /** A label starts or ends with a hyphen. */
    HYPHEN_AT_EDGE
  }

  private final Reason reason;

  /** A refusal of {@code name} for {@code reason}. */
  public InvalidDomainNameException(String name, Reason reason) {
    super("invalid domain name \"" + name + "\": " + Objects.requireNonNull(reason, "reason"));
    this.reason = reason;
  }

  /** The rule the name breaks. */
  public Reason reason() {
    return reason;
  }
}
