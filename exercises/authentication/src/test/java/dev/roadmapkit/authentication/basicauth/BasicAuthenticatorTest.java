package dev.roadmapkit.authentication.basicauth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("authentication/basic-auth: BasicAuthenticator")
class BasicAuthenticatorTest {

  private static final String CHALLENGE = "Basic realm=\"Roadmap\", charset=\"UTF-8\"";

  private final BasicAuthenticator authenticator =
      new BasicAuthenticator(
          "Roadmap", Map.of("Aladdin", "open sesame", "test", "123£", "carol", "a:b:c"));

  private static String header(String userId, String password) {
    return BasicAuth.header(new Credentials(userId, password));
  }

  @Test
  @DisplayName("the challenge names the realm and announces UTF-8")
  void challenge() {
    assertThat(authenticator.challenge())
        .as(
            "RFC 7617 section 2.1: the WWW-Authenticate value is the scheme, the realm as a quoted"
                + " string, and charset=\"UTF-8\" so clients know how to encode non-ASCII")
        .isEqualTo(CHALLENGE);
  }

  @Test
  @DisplayName("right credentials are granted, including UTF-8 and colons in the password")
  void grantsRightCredentials() {
    assertThat(authenticator.authenticate("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="))
        .as("the RFC 7617 example header is Aladdin's right password")
        .isEqualTo(new Outcome.Granted("Aladdin"));
    assertThat(authenticator.authenticate(header("test", "123£")))
        .as("test / 123£ is right: compare the passwords' UTF-8 bytes")
        .isEqualTo(new Outcome.Granted("test"));
    assertThat(authenticator.authenticate(header("carol", "a:b:c")))
        .as("carol's password is a:b:c, colons and all")
        .isEqualTo(new Outcome.Granted("carol"));
  }

  @ParameterizedTest(name = "Aladdin with \"{0}\" is denied")
  @ValueSource(strings = {"open sesam", "open sesame!", "Open sesame", "", "open sesame "})
  @DisplayName("a wrong password is denied with 401 and the challenge, however close it is")
  void deniesWrongPassword(String password) {
    assertThat(authenticator.authenticate(header("Aladdin", password)))
        .as(
            "\"%s\" is not \"open sesame\": the answer is Denied(BAD_CREDENTIALS, 401, the"
                + " challenge). A prefix or an extension of the password is just as wrong",
            password)
        .isEqualTo(new Outcome.Denied(Rejection.BAD_CREDENTIALS, 401, CHALLENGE));
  }

  @Test
  @DisplayName("an unknown user gets the same answer as a wrong password")
  void unknownUserLooksLikeWrongPassword() {
    assertThat(authenticator.authenticate(header("mallory", "open sesame")))
        .as(
            "an unknown user must get exactly the answer a wrong password gets,"
                + " Denied(BAD_CREDENTIALS, 401, challenge), or an attacker learns which user-ids"
                + " exist")
        .isEqualTo(new Outcome.Denied(Rejection.BAD_CREDENTIALS, 401, CHALLENGE));
  }

  @Test
  @DisplayName("a missing or malformed header is denied with its reason, 401 and the challenge")
  void deniesMalformedHeaders() {
    assertThat(authenticator.authenticate(null))
        .as("a request without Authorization gets 401 and the challenge, so the client can ask")
        .isEqualTo(new Outcome.Denied(Rejection.MISSING, 401, CHALLENGE));
    assertThat(authenticator.authenticate("Basic %%%"))
        .as("bad base64 is denied with BAD_BASE64, not an exception")
        .isEqualTo(new Outcome.Denied(Rejection.BAD_BASE64, 401, CHALLENGE));
    assertThat(authenticator.authenticate("Digest username=\"Aladdin\""))
        .as("another scheme is denied with NOT_BASIC")
        .isEqualTo(new Outcome.Denied(Rejection.NOT_BASIC, 401, CHALLENGE));
  }

  @ParameterizedTest(name = "realm {0} is refused")
  @ValueSource(strings = {"\"quoted\"", "\\back", "say \"hi\"", "back\\slash"})
  @DisplayName("a realm that would break the quoted string is refused")
  void refusesRealmThatBreaksQuoting(String realm) {
    assertThatIllegalArgumentException()
        .as(
            "a quote or backslash in the realm would end or escape the quoted string in the"
                + " challenge: the constructor must refuse %s",
            realm)
        .isThrownBy(() -> new BasicAuthenticator(realm, Map.of()));
  }

  @Test
  @DisplayName("passwords are compared in constant time with MessageDigest.isEqual, never equals")
  void comparesInConstantTime() {
    JavaClasses code =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roadmapkit.authentication.basicauth");

    classes()
        .that()
        .haveSimpleName("BasicAuthenticator")
        .should()
        .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
        .because(
            "String.equals stops at the first differing character, so how long a wrong guess"
                + " takes tells an attacker how many leading characters were right;"
                + " MessageDigest.isEqual(expected.getBytes(UTF_8), given.getBytes(UTF_8)) takes"
                + " the same time wherever the difference is")
        .check(code);
    noClasses()
        .should()
        .callMethod(String.class, "equals", Object.class)
        .orShould()
        .callMethod(String.class, "equalsIgnoreCase", String.class)
        .orShould()
        .callMethod(String.class, "contentEquals", CharSequence.class)
        .orShould()
        .callMethod(Objects.class, "equals", Object.class, Object.class)
        .orShould()
        .callMethod(Arrays.class, "equals", byte[].class, byte[].class)
        .because(
            "these comparisons stop early and leak timing; compare secrets with"
                + " MessageDigest.isEqual, and the scheme name with regionMatches(true, ...)")
        .check(code);
  }

  @Test
  @DisplayName("an unknown user is denied whatever password it sends, even an empty one")
  void unknownUserWithEmptyPasswordIsDenied() {
    assertThat(authenticator.authenticate(header("mallory", "")))
        .as(
            "mallory is not a known user, so there is no password to match: an empty password"
                + " must not be granted as if a missing user had the password \"\". Look the user"
                + " up and deny when there is none: Denied(BAD_CREDENTIALS, 401, challenge)")
        .isEqualTo(new Outcome.Denied(Rejection.BAD_CREDENTIALS, 401, CHALLENGE));
    assertThat(
            authenticator.authenticate(
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(":".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .as("\":\" is an empty user-id with an empty password, and no such user exists")
        .isEqualTo(new Outcome.Denied(Rejection.BAD_CREDENTIALS, 401, CHALLENGE));
  }
}
