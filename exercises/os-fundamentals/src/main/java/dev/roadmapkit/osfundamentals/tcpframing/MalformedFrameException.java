package dev.roadmapkit.osfundamentals.tcpframing;

import java.io.IOException;

/**
 * The bytes are not a netstring, or one over the limit, or the stream ended inside one. Given: do
 * not change.
 */
public final class MalformedFrameException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What was wrong, in the reader's words. */
  public MalformedFrameException(String message) {
    super(message);
  }
}
