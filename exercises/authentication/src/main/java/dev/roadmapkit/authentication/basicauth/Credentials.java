package dev.roadmapkit.authentication.basicauth;

import java.util.Objects;

/**
 * A user-id and password as carried by a {@code Basic} {@code Authorization} header.
 *
 * <p>The user-id cannot contain a colon (RFC 7617 section 2: the first colon separates it from the
 * password); the password can. {@link #toString()} never shows the password, so credentials can be
 * logged by accident without leaking it.
 *
 * @param userId the user-id, without colons
 * @param password the password, colons allowed
 */
public record Credentials(String userId, String password) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the user-id contains a colon
   */
  public Credentials {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(password, "password");
    if (userId.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          "a Basic user-id cannot contain a colon (RFC 7617 section 2): " + userId);
    }
  }

  @Override
  public String toString() {
    return "Credentials[userId=" + userId + ", password=***]";
  }
}
