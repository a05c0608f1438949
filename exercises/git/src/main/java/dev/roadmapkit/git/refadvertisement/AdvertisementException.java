package dev.roadmapkit.git.refadvertisement;

import java.io.IOException;

/**
 * The pkt-lines are well formed, but a line is not a ref advertisement line. Given: do not change.
 */
public final class AdvertisementException extends IOException {

  private static final long serialVersionUID = 1L;

  public AdvertisementException(String message) {
    super(message);
  }
}
