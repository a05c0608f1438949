package dev.roadmapkit.websecurity.passwordhashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("web-security/password-hashing: LoginService")
class LoginServiceTest {

  private final Map<String, String> hashes = new HashMap<>();
  private final PasswordHasher today = new PasswordHasher(2000, new SecureRandom());
  private final LoginService logins = new LoginService(today, hashes);

  @Test
  @DisplayName("a registered user logs in with the right password only")
  void login() {
    logins.register("alice", "wonderland");

    assertThat(hashes.get("alice"))
        .as("register stores a hash in the encoded form, never the password")
        .startsWith("pbkdf2-sha256$2000$")
        .doesNotContain("wonderland");
    assertThat(logins.login("alice", "wonderland")).as("right password").isTrue();
    assertThat(logins.login("alice", "Wonderland")).as("wrong password").isFalse();
    assertThat(logins.login("bob", "wonderland")).as("unknown user").isFalse();
  }

  @Test
  @DisplayName("a login with an up-to-date hash leaves it alone")
  void noNeedlessRehash() {
    logins.register("alice", "wonderland");
    String before = hashes.get("alice");

    logins.login("alice", "wonderland");

    assertThat(hashes.get("alice"))
        .as("the hash already has today's parameters: rehashing would only cost time")
        .isEqualTo(before);
  }

  @Test
  @DisplayName("a hash with weaker parameters is upgraded at the next successful login")
  void upgradesWeakerHash() {
    hashes.put("alice", new PasswordHasher(1000, new SecureRandom()).hash("wonderland"));

    assertThat(logins.login("alice", "wrong")).as("a failed login").isFalse();
    assertThat(hashes.get("alice"))
        .as("a failed login must change nothing")
        .startsWith("pbkdf2-sha256$1000$");
    assertThat(logins.login("alice", "wonderland")).as("the right password").isTrue();
    assertThat(hashes.get("alice"))
        .as("after a successful login the stored hash must use today's 2000 iterations")
        .startsWith("pbkdf2-sha256$2000$");
    assertThat(today.verify("wonderland", hashes.get("alice")))
        .as("and the new hash must verify as up to date")
        .isEqualTo(Verdict.MATCH);
  }

  @Test
  @DisplayName("a legacy unsalted hash migrates at login, without a password reset")
  void migratesLegacyHash() throws Exception {
    hashes.put("bob", PasswordHasherTest.legacy("builder"));

    assertThat(logins.login("bob", "builder"))
        .as("bob's legacy hash must still let him in: no reset needed")
        .isTrue();
    assertThat(hashes.get("bob"))
        .as("and from now on his hash is salted PBKDF2")
        .startsWith("pbkdf2-sha256$2000$");
    assertThat(logins.login("bob", "builder")).as("he logs in with the new hash").isTrue();
  }

  @Test
  @DisplayName("a malformed stored hash refuses the login without throwing")
  void malformedStoredHash() {
    hashes.put("carol", "garbage");
    assertThat(logins.login("carol", "anything")).as("MALFORMED is a refusal").isFalse();
    assertThat(hashes.get("carol")).as("and nothing is rewritten").isEqualTo("garbage");
  }
}
