package dev.roadmapkit.internet.dnsmessage;

import java.util.Objects;

/** Given: a DNS message or name that breaks RFC 1035, with the {@link Reason}. */
public final class DnsFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Reason {
    /** The packet ends before what it announces: a header, a name, a record, its RDATA. */
    TRUNCATED,
    /**
     * A compression pointer does not point before the labels it ends (the start of the name, or the
     * previous pointer's target), so following pointers could loop.
     */
    POINTER_LOOP,
    /** A compression pointer points at or past the end of the packet. */
    POINTER_OUT_OF_RANGE,
    /** A label length octet starts with the bits 01 or 10, which RFC 1035 reserves. */
    BAD_LABEL_TYPE,
    /** A label to encode is longer than 63 octets. */
    LABEL_TOO_LONG,
    /** A name is longer than 255 octets in wire form. */
    NAME_TOO_LONG,
    /** A name to encode has an empty label ({@code a..b}). */
    EMPTY_LABEL,
    /** An RDATA does not fit its RDLENGTH (an A record that is not 4 octets, for instance). */
    BAD_RDATA
  }

  private final Reason reason;

  /** A refusal for {@code reason}, with a message that says where and what. */
  public DnsFormatException(Reason reason, String message) {
    super(Objects.requireNonNull(reason, "reason") + ": " + message);
    this.reason = reason;
  }

  /** What is wrong. */
  public Reason reason() {
    return reason;
  }
}
