package dev.roadmapkit.websecurity.passwordhashing;

import java.security.SecureRandom;

/**
 * Exercise {@code web-security/password-hashing}, part 1: hashes and verifies passwords with
 * PBKDF2-HMAC-SHA-256.
 *
 * <ul>
 *   <li>{@link #pbkdf2} derives a key from the password's UTF-8 bytes (RFC 8018): {@code
 *       SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")} with a {@code PBEKeySpec}.
 *   <li>{@link #hash} draws a fresh 16-byte salt from the {@link SecureRandom} for every hash and
 *       returns a self-describing text: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt and
 *       32-byte hash in standard base64. Everything needed to check a password later travels with
 *       the hash, so the cost can be raised without breaking old hashes.
 *   <li>{@link #verify} recomputes with the <em>stored</em> salt and iterations and compares with
 *       {@link java.security.MessageDigest#isEqual} (a test checks the code for it). A right
 *       password against a hash with fewer iterations than this hasher's is {@link
 *       Verdict#MATCH_NEEDS_REHASH}; more is fine. Legacy hashes {@code sha256$<hex SHA-256 of the
 *       password>}, unsalted, are still accepted, always as {@link Verdict#MATCH_NEEDS_REHASH}. A
 *       stored value in neither form (or with broken numbers or base64, or an iteration count
 *       outside 1 to 10,000,000, which would let a planted hash stall the login) is {@link
 *       Verdict#MALFORMED}, never an exception.
 * </ul>
 */
public final class PasswordHasher {

  /** The prefix of hashes made here. */
  public static final String ALGORITHM = "pbkdf2-sha256";

  /** The prefix of legacy hashes: {@code "sha256$"} and the hex SHA-256 of the password. */
  public static final String LEGACY = "sha256";

  /**
   * Creates a hasher.
   *
   * @param iterations the PBKDF2 iteration count for new hashes; at least 1,000 (production uses
   *     600,000 and more; tests use few to stay fast)
   * @param random the source of salts
   * @throws IllegalArgumentException if {@code iterations} is below 1,000; the message names it
   */
  public PasswordHasher(int iterations, SecureRandom random) {
    throw new UnsupportedOperationException(
        "TODO web-security/password-hashing: refuse fewer than 1000 iterations, keep the parts");
  }

  /**
   * PBKDF2-HMAC-SHA-256 of the password's UTF-8 bytes (RFC 8018 section 5.2).
   *
   * @param lengthBytes how many bytes of key to derive
   */
  public static byte[] pbkdf2(String password, byte[] salt, int iterations, int lengthBytes) {
    throw new UnsupportedOperationException(
        "TODO web-security/password-hashing: SecretKeyFactory PBKDF2WithHmacSHA256, key length in"
            + " bits");
  }

  /**
   * A new hash of {@code password} with a fresh 16-byte salt: {@code
   * "pbkdf2-sha256$<iterations>$<base64 salt>$<base64 32-byte hash>"}, standard base64.
   */
  public String hash(String password) {
    throw new UnsupportedOperationException(
        "TODO web-security/password-hashing: random salt, pbkdf2, the encoded form");
  }

  /**
   * Checks {@code password} against a stored hash, made here or legacy. A right password against a
   * legacy hash, or against one with fewer iterations than this hasher uses, is {@link
   * Verdict#MATCH_NEEDS_REHASH}. Never throws on a malformed stored value.
   */
  public Verdict verify(String password, String stored) {
    throw new UnsupportedOperationException(
        "TODO web-security/password-hashing: split on $, recompute with the stored parameters,"
            + " MessageDigest.isEqual");
  }
}
