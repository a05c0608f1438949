package dev.roadmapkit.websecurity.passwordhashing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("web-security/password-hashing: PasswordHasher")
class PasswordHasherTest {

  private static final int ITERATIONS = 1000;

  private final PasswordHasher hasher = new PasswordHasher(ITERATIONS, new SecureRandom());

  private static byte[] jdkPbkdf2(String password, byte[] salt, int iterations) throws Exception {
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
        .getEncoded();
  }

  static String legacy(String password) throws Exception {
    return "sha256$"
        + HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @DisplayName("pbkdf2() reproduces the PBKDF2-HMAC-SHA-256 vectors of RFC 7914 section 11")
  void rfc7914Vectors() {
    assertThat(
            HexFormat.of()
                .formatHex(
                    PasswordHasher.pbkdf2(
                        "passwd", "salt".getBytes(StandardCharsets.US_ASCII), 1, 64)))
        .as("RFC 7914 section 11: P=\"passwd\", S=\"salt\", c=1, dkLen=64")
        .isEqualTo(
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    assertThat(
            HexFormat.of()
                .formatHex(
                    PasswordHasher.pbkdf2(
                        "Password", "NaCl".getBytes(StandardCharsets.US_ASCII), 80000, 64)))
        .as(
            "RFC 7914 section 11: P=\"Password\", S=\"NaCl\", c=80000, dkLen=64. PBEKeySpec takes"
                + " the key length in bits, so 64 bytes is 512")
        .isEqualTo(
            "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
  }

  @Test
  @DisplayName("the encoded form carries algorithm, iterations, salt and hash")
  void encodedForm() throws Exception {
    String encoded = hasher.hash("correct horse battery staple");

    String[] parts = encoded.split("\\$");
    assertThat(parts)
        .as(
            "the form is pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>: four parts"
                + " separated by $, got %s",
            encoded)
        .hasSize(4);
    assertThat(parts[0]).as("the algorithm comes first").isEqualTo("pbkdf2-sha256");
    assertThat(parts[1]).as("then the iteration count used").isEqualTo("1000");
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    assertThat(salt).as("then a 16-byte salt in standard base64").hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3]))
        .as(
            "then the 32-byte PBKDF2-HMAC-SHA-256 of the password with that salt and those"
                + " iterations")
        .isEqualTo(jdkPbkdf2("correct horse battery staple", salt, ITERATIONS));
  }

  @Test
  @DisplayName("every hash gets its own random salt, even for the same password")
  void saltsAreUnique() {
    Set<String> salts = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String encoded = hasher.hash("same password");
      salts.add(encoded.split("\\$")[2]);
      hashes.add(encoded);
    }
    assertThat(salts)
        .as(
            "100 hashes of the same password need 100 different salts from the SecureRandom;"
                + " otherwise equal passwords give equal hashes, and one precomputed table cracks"
                + " them all")
        .hasSize(100);
    assertThat(hashes).as("and so 100 different hashes").hasSize(100);
  }

  @Test
  @DisplayName("the right password matches; a wrong one does not")
  void verifies() {
    String encoded = hasher.hash("s3cret!");
    assertThat(hasher.verify("s3cret!", encoded)).as("the right password").isEqualTo(Verdict.MATCH);
    assertThat(hasher.verify("s3cret", encoded)).as("a prefix").isEqualTo(Verdict.NO_MATCH);
    assertThat(hasher.verify("S3cret!", encoded)).as("another case").isEqualTo(Verdict.NO_MATCH);
    assertThat(hasher.verify("", encoded)).as("empty").isEqualTo(Verdict.NO_MATCH);
  }

  @Test
  @DisplayName("a hash with fewer iterations than today's still matches, and asks for a rehash")
  void weakerHashNeedsRehash() {
    String old = new PasswordHasher(1000, new SecureRandom()).hash("s3cret!");
    PasswordHasher stronger = new PasswordHasher(1001, new SecureRandom());
    PasswordHasher weaker = new PasswordHasher(1000, new SecureRandom());

    assertThat(stronger.verify("s3cret!", old))
        .as(
            "the stored hash says 1000 iterations: verify with those (read them from the hash, not"
                + " from this hasher), and since today's count is 1001, ask for a rehash")
        .isEqualTo(Verdict.MATCH_NEEDS_REHASH);
    assertThat(stronger.verify("wrong", old))
        .as("a wrong password never asks for anything but NO_MATCH")
        .isEqualTo(Verdict.NO_MATCH);
    assertThat(weaker.verify("s3cret!", stronger.hash("s3cret!")))
        .as("a hash with more iterations than today's is fine: never downgrade")
        .isEqualTo(Verdict.MATCH);
  }

  @Test
  @DisplayName("a legacy unsalted SHA-256 hash still matches, and always asks for a rehash")
  void legacyHashes() throws Exception {
    assertThat(hasher.verify("hunter2", legacy("hunter2")))
        .as(
            "sha256$<hex SHA-256 of the UTF-8 password> is the old format: accept the right"
                + " password once, as MATCH_NEEDS_REHASH, so the login can replace it")
        .isEqualTo(Verdict.MATCH_NEEDS_REHASH);
    assertThat(hasher.verify("hunter3", legacy("hunter2")))
        .as("a wrong password against a legacy hash")
        .isEqualTo(Verdict.NO_MATCH);
  }

  @ParameterizedTest(name = "\"{0}\" is MALFORMED")
  @ValueSource(
      strings = {
        "",
        "plaintext",
        "md5$5f4dcc3b5aa765d61d8327deb882cf99",
        "sha256$not-hex",
        "pbkdf2-sha256$1000$c2FsdA==",
        "pbkdf2-sha256$many$c2FsdA==$aGFzaA==",
        "pbkdf2-sha256$0$c2FsdA==$aGFzaA==",
        "pbkdf2-sha256$-5$c2FsdA==$aGFzaA==",
        "pbkdf2-sha256$2147483647$c2FsdA==$aGFzaA==",
        "pbkdf2-sha256$1000$$aGFzaA==",
        "pbkdf2-sha256$1000$!!!$aGFzaA==",
        "pbkdf2-sha256$1000$c2FsdA==$***",
        "pbkdf2-sha256$1000$c2FsdA==$",
        "pbkdf2-sha256$1000$c2FsdA==$aGFzaA==$extra",
      })
  @DisplayName("a stored value in no known form is MALFORMED, never an exception")
  void malformed(String stored) {
    assertThat(hasher.verify("password", stored))
        .as(
            "verify(\"password\", \"%s\"): a broken stored hash is a fact to report, not a crash"
                + " in the login path. Catch NumberFormatException and Base64's"
                + " IllegalArgumentException, and check the counts",
            stored)
        .isEqualTo(Verdict.MALFORMED);
  }

  @Test
  @DisplayName("fewer than 1000 iterations is refused")
  void minimumIterations() {
    assertThatIllegalArgumentException()
        .as("999 iterations is too cheap to slow an attacker down; refuse it naming the number")
        .isThrownBy(() -> new PasswordHasher(999, new SecureRandom()))
        .withMessageContaining("999");
  }

  @Test
  @DisplayName("hashes are compared in constant time with MessageDigest.isEqual, never equals")
  void constantTime() {
    JavaClasses code =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roadmapkit.websecurity.passwordhashing");
    classes()
        .that()
        .haveSimpleName("PasswordHasher")
        .should()
        .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
        .because(
            "comparing the computed hash with the stored one must take the same time wherever"
                + " they differ: MessageDigest.isEqual(expected, actual)")
        .check(code);
    noClasses()
        .should()
        .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
        .because("Arrays.equals stops at the first difference and leaks timing")
        .check(code);
  }

  @Test
  @DisplayName("the salt comes from the SecureRandom given to the constructor, nowhere else")
  void saltComesFromTheInjectedSecureRandom() {
    SecureRandom fixed =
        new SecureRandom() {
          private static final long serialVersionUID = 1L;

          @Override
          public void nextBytes(byte[] bytes) {
            java.util.Arrays.fill(bytes, (byte) 0x5a);
          }
        };
    String[] parts = new PasswordHasher(ITERATIONS, fixed).hash("s3cret!").split("\\$");
    byte[] expected = new byte[16];
    java.util.Arrays.fill(expected, (byte) 0x5a);
    assertThat(parts[2])
        .as(
            "this SecureRandom always gives 0x5a bytes, so the salt must be sixteen 0x5a bytes in"
                + " base64: draw the salt with random.nextBytes(salt) from the injected"
                + " SecureRandom. new java.util.Random() is predictable (48-bit seed) and cannot be"
                + " controlled by the caller")
        .isEqualTo(java.util.Base64.getEncoder().encodeToString(expected));
  }

  @Test
  @DisplayName("a legacy hash of a non-ASCII password is checked against its UTF-8 bytes")
  void legacyHashUsesUtf8() throws Exception {
    assertThat(hasher.verify("pässwörd€", legacy("pässwörd€")))
        .as(
            "legacy values are sha256$<hex SHA-256 of the password's UTF-8 bytes>: hash"
                + " getBytes(UTF_8), never another charset, or users with ä or € cannot log in")
        .isEqualTo(Verdict.MATCH_NEEDS_REHASH);
  }
}
