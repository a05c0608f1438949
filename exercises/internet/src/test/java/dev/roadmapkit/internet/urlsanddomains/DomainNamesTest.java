package dev.roadmapkit.internet.urlsanddomains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roadmapkit.internet.urlsanddomains.InvalidDomainNameException.Reason;
import java.net.IDN;
import java.util.Collections;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Label("internet/urls-and-domains: DomainNames")
class DomainNamesTest {

  private static Reason refusal(String name) {
    InvalidDomainNameException refused =
        catchThrowableOfType(InvalidDomainNameException.class, () -> DomainNames.toAscii(name));
    assertThat(refused)
        .as(
            "\"%s\" breaks a rule of RFC 1035/5890: toAscii must throw InvalidDomainNameException",
            name)
        .isNotNull();
    return refused.reason();
  }

  private static String labels(int count, String label) {
    return String.join(".", Collections.nCopies(count, label));
  }

  @ParameterizedTest(name = "\"{0}\" is valid, ASCII form \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "example.com        | example.com",
        "Example.COM        | example.com",
        "example.com.       | example.com.",
        "a                  | a",
        "a-b.c0.9z          | a-b.c0.9z",
        "xn--bcher-kva.de   | xn--bcher-kva.de",
        "bücher.example     | xn--bcher-kva.example",
        "BÜCHER.example.    | xn--bcher-kva.example.",
        "münchen.de         | xn--mnchen-3ya.de",
        "例え.テスト         | xn--r8jz45g.xn--zckzah",
        "123.456            | 123.456"
      })
  @DisplayName("accepts valid names and returns their lower-cased ASCII form")
  void validNames(String name, String ascii) {
    assertThat(DomainNames.toAscii(name))
        .as(
            "\"%s\" is a valid name; its ASCII form (lower-cased, IDN labels as punycode via"
                + " java.net.IDN, a trailing dot kept) is \"%s\"",
            name, ascii)
        .isEqualTo(ascii);
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''            | EMPTY_LABEL",
        ".             | EMPTY_LABEL",
        "a..b          | EMPTY_LABEL",
        ".a            | EMPTY_LABEL",
        "a.b..         | EMPTY_LABEL",
        "-a.com        | HYPHEN_AT_EDGE",
        "a-.com        | HYPHEN_AT_EDGE",
        "a.-           | HYPHEN_AT_EDGE",
        "a_b.com       | INVALID_CHARACTER",
        "a b.com       | INVALID_CHARACTER",
        "a*.com        | INVALID_CHARACTER",
        "host:80       | INVALID_CHARACTER",
        "bü_cher.de    | INVALID_CHARACTER"
      })
  @DisplayName("refuses empty labels, hyphens at the edges and characters outside LDH")
  void invalidNames(String name, Reason reason) {
    assertThat(refusal(name))
        .as(
            "\"%s\" must be refused with %s (labels are non-empty, letters, digits and hyphens"
                + " only, no hyphen first or last; checks in the order of the Javadoc)",
            name, reason)
        .isEqualTo(reason);
  }

  @Test
  @DisplayName("a label may have 63 octets, not 64")
  void labelLength() {
    String label63 = "a".repeat(63);
    assertThat(DomainNames.toAscii(label63 + ".com"))
        .as("63 octets is the longest label RFC 1035 allows: it must be accepted")
        .isEqualTo(label63 + ".com");
    assertThat(refusal("a".repeat(64) + ".com"))
        .as("a 64-octet label is one too many (RFC 1035 2.3.4: labels are 63 octets or less)")
        .isEqualTo(Reason.LABEL_TOO_LONG);
    assertThat(refusal("com." + "b".repeat(64)))
        .as("the last label counts too: a 64-octet label is LABEL_TOO_LONG")
        .isEqualTo(Reason.LABEL_TOO_LONG);
  }

  @Test
  @DisplayName("a name may have 253 octets without its trailing dot, not 254")
  void nameLength() {
    // 4 labels of 62 octets and one of 1: 4 * 62 + 1 + 4 dots = 253.
    String name253 = labels(4, "c".repeat(62)) + ".d";
    assertThat(name253).hasSize(253);
    assertThat(DomainNames.toAscii(name253))
        .as("253 octets is the longest name: it must be accepted")
        .isEqualTo(name253);
    assertThat(DomainNames.toAscii(name253 + "."))
        .as("the trailing dot of an absolute name does not count: 253 + '.' is still valid")
        .isEqualTo(name253 + ".");
    String name254 = labels(4, "c".repeat(62)) + ".de";
    assertThat(refusal(name254))
        .as("254 octets is one too many (RFC 1034 3.1): NAME_TOO_LONG")
        .isEqualTo(Reason.NAME_TOO_LONG);
  }

  @Test
  @DisplayName("lengths are counted on the ASCII form, not on the Unicode text you see")
  void lengthsOfTheAsciiForm() {
    String label = "ü".repeat(20);
    String asciiLabel = IDN.toASCII(label);
    String name = labels(10, label);
    String ascii = labels(10, asciiLabel);
    assertThat(name.length())
        .as("precondition: the Unicode text is short")
        .isLessThanOrEqualTo(253);
    assertThat(ascii.length()).as("precondition: the ASCII form is long").isGreaterThan(253);
    assertThat(refusal(name))
        .as(
            "\"%s\" is %d characters as you see it, but %d octets in DNS (each label is %s):"
                + " measure the ASCII form, NAME_TOO_LONG",
            name, name.length(), ascii.length(), asciiLabel)
        .isEqualTo(Reason.NAME_TOO_LONG);
    String fits = labels(5, label);
    assertThat(DomainNames.toAscii(fits))
        .as("five such labels are %d octets in ASCII: valid", labels(5, asciiLabel).length())
        .isEqualTo(labels(5, asciiLabel));
  }

  @Provide
  Arbitrary<String> ldhLabels() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-")
        .ofMinLength(1)
        .ofMaxLength(70);
  }

  @Property(tries = 300)
  @Label("an ASCII label is valid exactly when it has 1 to 63 octets and no hyphen at an edge")
  void asciiLabelsProperty(@ForAll("ldhLabels") String label) {
    boolean valid = label.length() <= 63 && !label.startsWith("-") && !label.endsWith("-");
    String name = label + ".example";
    if (valid) {
      assertThat(DomainNames.toAscii(name))
          .as("\"%s\" is valid: its ASCII form is itself lower-cased", name)
          .isEqualTo(name.toLowerCase(java.util.Locale.ROOT));
    } else {
      Reason expected = label.length() > 63 ? Reason.LABEL_TOO_LONG : Reason.HYPHEN_AT_EDGE;
      assertThat(refusal(name))
          .as("\"%s\" must be refused with %s (length is checked before hyphens)", name, expected)
          .isEqualTo(expected);
    }
  }
}
