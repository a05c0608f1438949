package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.io.IOException;

/** The peer closed the connection in the middle of a frame. Given: do not change. */
public final class TruncatedFrameException extends IOException {

  private static final long serialVersionUID = 1L;

  /** {@code received} bytes arrived of a frame (header included) of {@code expected} bytes. */
  public TruncatedFrameException(long expected, long received) {
    super("the connection ended after " + received + " of the " + expected + " bytes of a frame");
  }
}
