package dev.roadmapkit.architecture.idempotencykeys;

import java.util.Objects;

/**
 * An HTTP response. Given.
 *
 * @param status e.g. 201
 * @param body the response body
 */
public record HttpResponse(int status, String body) {

  /** Checks that there is a body, perhaps empty. */
  public HttpResponse {
    Objects.requireNonNull(body, "body");
  }
}
