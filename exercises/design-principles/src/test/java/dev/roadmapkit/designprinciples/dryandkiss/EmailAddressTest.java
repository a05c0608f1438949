package dev.roadmapkit.designprinciples.dryandkiss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for email addresses, in the value object that owns it. */
@DisplayName("design-principles/dry-and-kiss: EmailAddress is the one rule")
class EmailAddressTest {

  @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ada@example.com|ada@example.com",
        "'  Ada@Example.COM '|Ada@example.com",
        "'\tgrace.hopper+navy@Mail.Example.ORG '|grace.hopper+navy@mail.example.org",
        "A_1%x-y@sub-domain.example.co|A_1%x-y@sub-domain.example.co"
      })
  @DisplayName("an address is stripped, and its domain, only its domain, lower-cased")
  void normalizes(String given, String expected) {
    assertThat(new EmailAddress(given).value())
        .as(
            "new EmailAddress(\"%s\").value(): strip the surrounding whitespace and lower-case the"
                + " part after the @; keep the local part as it is",
            given)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "",
        "   ",
        "ada",
        "ada.example.com",
        "@example.com",
        "ada@",
        "ada@example",
        "ada@@example.com",
        "ada@exa@mple.com",
        "ada lovelace@example.com",
        "ada@example..com",
        "ada@.example.com",
        "ada@example.com.",
        "ada@exam_ple.com",
        "x12345678901234567890123456789012345678901234567890123456789012345@example.com"
      })
  @DisplayName("anything but local part, one @ and a dotted domain is refused, quoting the text")
  void refuses(String given) {
    assertThat(catchThrowable(() -> new EmailAddress(given)))
        .as(
            "new EmailAddress(\"%s\") must throw IllegalArgumentException with the message \"not"
                + " an email address: '%s'\": check the stripped text against the pattern in the"
                + " compact constructor",
            given, given)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an email address: '" + given + "'");
  }

  @Test
  @DisplayName("the longest local part allowed, 64 characters, is accepted")
  void longestLocalPart() {
    String local = "x".repeat(64);

    assertThat(new EmailAddress(local + "@Example.COM").value())
        .as(
            "a local part of 64 characters is allowed ({1,64} in the pattern), and the domain is"
                + " lower-cased as always")
        .isEqualTo(local + "@example.com");
  }

  @Test
  @DisplayName("addresses that differ only in the case of the domain are equal")
  void equality() {
    assertThat(new EmailAddress("ada@EXAMPLE.com"))
        .as(
            "a value object is equal by value: both normalize to ada@example.com, so the records"
                + " must be equal (normalize in the compact constructor, before the field is set)")
        .isEqualTo(new EmailAddress("ada@example.com"))
        .isNotEqualTo(new EmailAddress("Ada@example.com"));
    assertThat(catchThrowable(() -> new EmailAddress(null)))
        .as("null is not an address: NullPointerException")
        .isInstanceOf(NullPointerException.class);
  }
}
