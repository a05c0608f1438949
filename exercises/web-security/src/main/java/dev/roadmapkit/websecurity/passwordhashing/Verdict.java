package dev.roadmapkit.websecurity.passwordhashing;

/** The result of checking a password against a stored hash. */
public enum Verdict {
  /** The password is right and the hash is up to date. */
  MATCH,
  /** The password is right, but the hash should be replaced by one with today's parameters. */
  MATCH_NEEDS_REHASH,
  /** The password is wrong. */
  NO_MATCH,
  /** The stored value is not a hash this code understands. */
  MALFORMED
}
