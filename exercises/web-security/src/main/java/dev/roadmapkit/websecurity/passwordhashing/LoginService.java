package dev.roadmapkit.websecurity.passwordhashing;

import java.util.Map;

/**
 * Exercise {@code web-security/password-hashing}, part 2: logs users in and upgrades their hashes.
 *
 * <p>A successful login is the only moment the server sees the password in clear, so that is when
 * an outdated or legacy hash is replaced by a fresh one ({@link Verdict#MATCH_NEEDS_REHASH}): users
 * migrate one login at a time, without a password reset. A failed login changes nothing.
 */
public final class LoginService {

  /**
   * Creates a service.
   *
   * @param hasher hashes with today's parameters
   * @param hashesByUser the stored hash of each user; updated in place on upgrade
   */
  public LoginService(PasswordHasher hasher, Map<String, String> hashesByUser) {
    throw new UnsupportedOperationException("TODO web-security/password-hashing: keep the parts");
  }

  /** Creates an account, or replaces its password, with a fresh hash. */
  public void register(String user, String password) {
    throw new UnsupportedOperationException(
        "TODO web-security/password-hashing: store hasher.hash(password) for the user");
  }

  /**
   * Whether {@code password} is right for {@code user}. On success with an outdated or legacy hash,
   * the stored hash is replaced with a new one made with today's parameters.
   */
  public boolean login(String user, String password) {
    throw new UnsupportedOperationException(
        "TODO web-security/password-hashing: verify, rehash on MATCH_NEEDS_REHASH, return the"
            + " result");
  }
}
