package dev.roadmapkit.programming.valueobjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Label("programming/value-objects: EmailAddress")
class EmailAddressTest {

  @Test
  @DisplayName("parse splits at the @ and keeps both parts as given")
  void parses() {
    EmailAddress address = EmailAddress.parse("Ada.Lovelace@Example.ORG");
    assertThat(address.localPart()).as("the part before @").isEqualTo("Ada.Lovelace");
    assertThat(address.domain()).as("the part after @, as given").isEqualTo("Example.ORG");
    assertThat(address)
        .as("toString gives the address as it was written")
        .hasToString("Ada.Lovelace@Example.ORG");
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "@", "ada", "ada@", "@example.org", "ada@example@org"})
  @DisplayName("text that is not local-part@domain is refused, naming the text")
  void refuses(String text) {
    assertThatIllegalArgumentException()
        .as("parse(\"%s\"): exactly one @ with text on both sides", text)
        .isThrownBy(() -> EmailAddress.parse(text))
        .withMessageContaining("\"" + text + "\"");
  }

  @Test
  @DisplayName("the domain is compared without case, and hashed without case")
  void domainCaseInsensitive() {
    EmailAddress upper = EmailAddress.parse("ada@Example.ORG");
    EmailAddress lower = EmailAddress.parse("ada@example.org");
    assertThat(upper).as("domains are case-insensitive: the same address").isEqualTo(lower);
    assertThat(upper.hashCode())
        .as(
            "equal objects must have equal hash codes: hash the lower-case domain, just as equals"
                + " compares it")
        .isEqualTo(lower.hashCode());
    Set<EmailAddress> set = new HashSet<>();
    set.add(upper);
    assertThat(set.contains(lower))
        .as("a HashSet holding ada@Example.ORG must find ada@example.org")
        .isTrue();
    set.add(lower);
    assertThat(set).as("and it holds the two spellings once").hasSize(1);
    Map<EmailAddress, String> names = new HashMap<>();
    names.put(upper, "Ada");
    assertThat(names.get(lower))
        .as("a HashMap key, looked up by the other spelling")
        .isEqualTo("Ada");
  }

  @Test
  @DisplayName("the local part is compared exactly: Ada and ada are different mailboxes")
  void localPartCaseSensitive() {
    assertThat(EmailAddress.parse("Ada@example.org"))
        .as(
            "the local part belongs to the receiving server, which may tell Ada from ada (RFC"
                + " 5321 section 2.4): compare it exactly, only the domain ignores case")
        .isNotEqualTo(EmailAddress.parse("ada@example.org"));
    assertThat(EmailAddress.parse("ada@example.org"))
        .isNotEqualTo(EmailAddress.parse("ada@example.com"));
  }

  @Test
  @DisplayName("equals is false for null and for other types, true for itself")
  void equalsEdges() {
    EmailAddress address = EmailAddress.parse("ada@example.org");
    assertThat(address.equals(null)).as("equals(null) is false, never an exception").isFalse();
    assertThat(address.equals("ada@example.org"))
        .as(
            "a String is not an EmailAddress: equals must be false (String.equals would say"
                + " false the other way round, and equals must be symmetric)")
        .isFalse();
    assertThat(address.equals(address)).as("reflexive").isTrue();
  }

  @Test
  @DisplayName("different addresses spread over different hash codes")
  void hashSpreads() {
    Set<Integer> hashes = new HashSet<>();
    for (String text : List.of("ada@example.org", "bob@example.org", "ada@x.io", "eve@y.net")) {
      hashes.add(EmailAddress.parse(text).hashCode());
    }
    assertThat(hashes)
        .as(
            "four different addresses gave these hash codes: a constant hashCode keeps the"
                + " contract but puts every address into one bucket. Hash what equals compares")
        .hasSizeGreaterThan(1);
  }

  @Provide
  Arbitrary<EmailAddress> addresses() {
    Arbitrary<String> local = Arbitraries.of("ada", "Ada", "bob");
    Arbitrary<String> domain =
        Arbitraries.of("example.org", "x.io")
            .flatMap(
                d ->
                    Arbitraries.of(true, false)
                        .list()
                        .ofSize(d.length())
                        .map(
                            upper -> {
                              StringBuilder mixed = new StringBuilder();
                              for (int i = 0; i < d.length(); i++) {
                                char c = d.charAt(i);
                                mixed.append(upper.get(i) ? Character.toUpperCase(c) : c);
                              }
                              return mixed.toString();
                            }));
    return Combinators.combine(local, domain).as((l, d) -> EmailAddress.parse(l + "@" + d));
  }

  @Property(tries = 300)
  @Label("equals contract: reflexive, symmetric, transitive, consistent with hashCode")
  void equalsContract(
      @ForAll("addresses") EmailAddress x,
      @ForAll("addresses") EmailAddress y,
      @ForAll("addresses") EmailAddress z) {
    assertThat(x.equals(x)).as("%s equals itself", x).isTrue();
    assertThat(x.equals(y))
        .as("symmetric: %s equals %s exactly when %s equals %s", x, y, y, x)
        .isEqualTo(y.equals(x));
    if (x.equals(y) && y.equals(z)) {
      assertThat(x.equals(z)).as("transitive: %s = %s and %s = %s", x, y, y, z).isTrue();
    }
    boolean expected =
        x.localPart().equals(y.localPart()) && x.domain().equalsIgnoreCase(y.domain());
    assertThat(x.equals(y))
        .as("%s equals %s: same local part exactly, same domain ignoring case", x, y)
        .isEqualTo(expected);
    if (expected) {
      assertThat(x.hashCode())
          .as("%s and %s are equal, so their hash codes must be too", x, y)
          .isEqualTo(y.hashCode());
    }
    assertThat(x.hashCode()).as("hashCode is the same every time").isEqualTo(x.hashCode());
  }
}
