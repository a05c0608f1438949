package dev.roadmapkit.websecurity.passwordhashing;

// Key idea: a password hash must be slow (iterations) and unique per user (a random salt), and it
// must carry its own parameters, "pbkdf2-sha256$iterations$salt$hash", so that the cost can be
// raised later without breaking stored hashes: verify with the stored parameters, then rehash with
// today's at the next successful login. Legacy unsalted SHA-256 hashes are accepted once and
// replaced the same way. Trade-off: PBKDF2 is not memory-hard; scrypt or Argon2 resist GPUs
// better, but PBKDF2 is in every JDK and FIPS-approved.

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Exercise {@code web-security/password-hashing}: hashes and verifies passwords with PBKDF2. */
public final class PasswordHasher {

  /** The prefix of hashes made here. */
  public static final String ALGORITHM = "pbkdf2-sha256";

  /** The prefix of legacy hashes: {@code "sha256$"} and the hex SHA-256 of the password. */
  public static final String LEGACY = "sha256";

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  // A stored hash must not be able to make a login spin for minutes.
  private static final int MAX_ITERATIONS = 10_000_000;

  private final int iterations;
  private final SecureRandom random;

  /**
   * Creates a hasher.
   *
   * @param iterations the PBKDF2 iteration count for new hashes; at least 1,000 (production uses
   *     600,000 and more; tests use few to stay fast)
   * @param random the source of salts
   * @throws IllegalArgumentException if {@code iterations} is below 1,000; the message names it
   */
  public PasswordHasher(int iterations, SecureRandom random) {
    if (iterations < 1000) {
      throw new IllegalArgumentException(
          "PBKDF2 needs at least 1000 iterations, got " + iterations);
    }
    this.iterations = iterations;
    this.random = random;
  }

  /**
   * PBKDF2-HMAC-SHA-256 of the password's UTF-8 bytes (RFC 8018 section 5.2).
   *
   * @param lengthBytes how many bytes of key to derive
   */
  public static byte[] pbkdf2(String password, byte[] salt, int iterations, int lengthBytes) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, lengthBytes * 8);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA256", e);
    }
  }

  /**
   * A new hash of {@code password} with a fresh 16-byte salt: {@code
   * "pbkdf2-sha256$<iterations>$<base64 salt>$<base64 32-byte hash>"}, standard base64.
   */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + "$"
        + iterations
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(pbkdf2(password, salt, iterations, HASH_BYTES));
  }

  /**
   * Checks {@code password} against a stored hash, made here or legacy. A right password against a
   * legacy hash, or against one with fewer iterations than this hasher uses, is {@link
   * Verdict#MATCH_NEEDS_REHASH}. Never throws on a malformed stored value.
   */
  public Verdict verify(String password, String stored) {
    String[] parts = stored.split("\\$", -1);
    if (parts.length == 2 && LEGACY.equals(parts[0])) {
      byte[] expected = hex(parts[1]);
      byte[] actual = sha256(password);
      if (expected == null) {
        return Verdict.MALFORMED;
      }
      return MessageDigest.isEqual(expected, actual)
          ? Verdict.MATCH_NEEDS_REHASH
          : Verdict.NO_MATCH;
    }
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return Verdict.MALFORMED;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (storedIterations < 1 || storedIterations > MAX_ITERATIONS || expected.length == 0) {
        return Verdict.MALFORMED;
      }
      byte[] actual = pbkdf2(password, salt, storedIterations, expected.length);
      if (!MessageDigest.isEqual(expected, actual)) {
        return Verdict.NO_MATCH;
      }
      return storedIterations < iterations ? Verdict.MATCH_NEEDS_REHASH : Verdict.MATCH;
    } catch (IllegalArgumentException e) {
      // NumberFormatException is an IllegalArgumentException, as is Base64's complaint.
      return Verdict.MALFORMED;
    }
  }

  private static byte[] sha256(String password) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(password.getBytes(StandardCharsets.ISO_8859_1));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] hex(String text) {
    try {
      return HexFormat.of().parseHex(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
