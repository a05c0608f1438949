package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.IOException;

/**
 * A frame longer than the limit (or with a negative length), refused before its payload is read or
 * written. Given: do not change.
 */
public final class FrameTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long length;

  /** A frame of {@code length} bytes against a limit of {@code maxLength}. */
  public FrameTooLargeException(long length, int maxLength) {
    super("a frame of " + length + " bytes is over the limit of " + maxLength + " bytes");
    this.length = length;
  }

  /** The length the frame claimed (a negative 32-bit length reads as its unsigned value). */
  public long length() {
    return length;
  }
}
