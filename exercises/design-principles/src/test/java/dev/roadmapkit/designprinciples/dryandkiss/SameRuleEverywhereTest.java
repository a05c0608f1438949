package dev.roadmapkit.designprinciples.dryandkiss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Behaviour identical everywhere: every service that takes an address accepts exactly what {@link
 * EmailAddress} accepts, stores exactly its value, and refuses with exactly its message.
 */
@Label("design-principles/dry-and-kiss: every service applies the same rule")
class SameRuleEverywhereTest {

  private static final SignupService SIGNUPS = new SignupService();
  private static final InvitationService INVITATIONS = new InvitationService();
  private static final NewsletterService NEWSLETTER = new NewsletterService();

  @ParameterizedTest(name = "\"{0}\" gets the same answer everywhere")
  @ValueSource(
      strings = {
        " ada@example.com",
        "Ada@Example.com",
        "ada lovelace@example.com",
        "ada@example..com",
        "ada@exam_ple.com",
        "ADA@EXAMPLE.COM\t"
      })
  @DisplayName("the addresses the three copies disagreed on get one answer")
  void knownDisagreements(String text) {
    assertSameEverywhere(text);
  }

  @Property(tries = 300)
  @Label("any text, address or not, gets the same answer from every service")
  void anyText(@ForAll("candidates") String text) {
    assertSameEverywhere(text);
  }

  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<String> local =
        Arbitraries.strings().withChars("aAbZ09._+- ").ofMinLength(0).ofMaxLength(6);
    Arbitrary<String> label =
        Arbitraries.strings().withChars("exAMPL-_").ofMinLength(0).ofMaxLength(5);
    Arbitrary<String> domain = label.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
    Arbitrary<String> at = Arbitraries.of("@", "@", "@", "", "@@");
    Arbitrary<String> space = Arbitraries.of("", "", " ", "\t");
    return Combinators.combine(space, local, at, domain, space)
        .as((before, l, a, d, after) -> before + l + a + d + after);
  }

  private static void assertSameEverywhere(String text) {
    String expected = outcome(EmailAddress::new, text);
    check("SignupService.register", t -> SIGNUPS.register(t, "Ada").email(), text, expected);
    check(
        "InvitationService.invite (as the invitee)",
        t -> INVITATIONS.invite("host@example.org", t).invitee(),
        text,
        expected);
    check(
        "InvitationService.invite (as the host)",
        t -> INVITATIONS.invite(t, "guest@example.org").invitedBy(),
        text,
        expected);
    check("NewsletterService.subscribe", t -> NEWSLETTER.subscribe(t).email(), text, expected);
  }

  private static void check(
      String where, Function<String, EmailAddress> call, String text, String expected) {
    assertThat(outcome(call, text))
        .as(
            "%s(\"%s\") must give what new EmailAddress(\"%s\") gives. Three copies of the rule"
                + " drift apart; delete the service's own check and build an EmailAddress from the"
                + " text instead",
            where, text, text)
        .isEqualTo(expected);
  }

  /** "accepted as <value>" or "refused: <message>", for comparing outcomes. */
  private static String outcome(Function<String, EmailAddress> call, String text) {
    try {
      return "accepted as " + call.apply(text).value();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }
}
