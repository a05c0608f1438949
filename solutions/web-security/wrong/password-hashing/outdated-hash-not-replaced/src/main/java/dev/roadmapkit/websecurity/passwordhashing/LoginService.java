package dev.roadmapkit.websecurity.passwordhashing;

// Key idea: the only moment the server sees a password in clear is a successful login, so that is
// when an outdated or legacy hash is replaced; users migrate without a reset, one login at a time.

import java.util.Map;

/** Exercise {@code web-security/password-hashing}: logs users in and upgrades their hashes. */
public final class LoginService {

  private final PasswordHasher hasher;
  private final Map<String, String> hashes;

  /**
   * Creates a service.
   *
   * @param hasher hashes with today's parameters
   * @param hashesByUser the stored hash of each user; updated in place on upgrade
   */
  public LoginService(PasswordHasher hasher, Map<String, String> hashesByUser) {
    this.hasher = hasher;
    this.hashes = hashesByUser;
  }

  /** Creates an account, or replaces its password, with a fresh hash. */
  public void register(String user, String password) {
    hashes.put(user, hasher.hash(password));
  }

  /**
   * Whether {@code password} is right for {@code user}. On success with an outdated or legacy hash,
   * the stored hash is replaced with a new one made with today's parameters.
   */
  public boolean login(String user, String password) {
    String stored = hashes.get(user);
    if (stored == null) {
      return false;
    }
    Verdict verdict = hasher.verify(password, stored);
    return verdict == Verdict.MATCH || verdict == Verdict.MATCH_NEEDS_REHASH;
  }
}
