package dev.roadmapkit.git.refadvertisement;

import java.io.IOException;

/** The bytes read are not a well-formed pkt-line. Given: do not change. */
public final class PktLineException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What was wrong. */
  public enum Reason {
    /** The 4-byte length has a byte that is not a hex digit. */
    NOT_HEX,
    /** The length is 1, 2 or 3: shorter than its own header (reserved by protocol v2). */
    RESERVED_LENGTH,
    /** The length is over {@link PktLines#MAX_LENGTH}. */
    TOO_LONG,
    /** The stream ended inside a pkt-line, or before the flush-pkt that ends an advertisement. */
    TRUNCATED
  }

  private final Reason reason;

  public PktLineException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** What was wrong. */
  public Reason reason() {
    return reason;
  }
}
