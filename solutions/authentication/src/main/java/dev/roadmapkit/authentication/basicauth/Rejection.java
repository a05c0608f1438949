package dev.roadmapkit.authentication.basicauth;

/** Why an {@code Authorization} header did not authenticate anyone. */
public enum Rejection {
  /** There was no {@code Authorization} header (the value was {@code null} or blank). */
  MISSING,
  /** The header uses another scheme than {@code Basic}, or has no credentials after it. */
  NOT_BASIC,
  /** The credentials are not valid base64. */
  BAD_BASE64,
  /** The decoded bytes are not valid UTF-8. */
  NOT_UTF8,
  /** The decoded text has no colon, so there is no user-id/password split. */
  NO_COLON,
  /**
   * Unknown user or wrong password: one reason for both, so that a caller cannot learn which
   * user-ids exist.
   */
  BAD_CREDENTIALS
}
