package dev.roadmapkit.designprinciples.dryandkiss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guard tests: what the three services already agree on, and their own rules. */
@Tag("guard")
@DisplayName("design-principles/dry-and-kiss: what the services already agree on (guard)")
class ServicesTest {

  private static final String KEEP =
      "this guard passed before your change: one shared rule must keep what all three services"
          + " already agreed on";

  private final SignupService signups = new SignupService();
  private final InvitationService invitations = new InvitationService();
  private final NewsletterService newsletter = new NewsletterService();

  @Test
  @DisplayName("a plain lower-case address is accepted everywhere, unchanged")
  void plainAddress() {
    assertThat(signups.register("ada@example.com", " Ada "))
        .as(KEEP)
        .isEqualTo(new Account(new EmailAddress("ada@example.com"), "Ada"));
    assertThat(invitations.invite("ada@example.com", "grace@example.org"))
        .as(KEEP)
        .isEqualTo(
            new Invitation(
                new EmailAddress("ada@example.com"), new EmailAddress("grace@example.org")));
    assertThat(newsletter.subscribe("ada@example.com"))
        .as(KEEP)
        .isEqualTo(new Subscription(new EmailAddress("ada@example.com"), "weekly"));
  }

  @ParameterizedTest(name = "\"{0}\" is refused everywhere")
  @ValueSource(strings = {"ada.example.com", "@example.com", "ada@example", ""})
  @DisplayName("text without a local part, an @ or a dotted domain is refused everywhere")
  void obviousGarbage(String text) {
    assertThat(catchThrowable(() -> signups.register(text, "Ada")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> invitations.invite("ada@example.com", text)))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> invitations.invite(text, "ada@example.com")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> newsletter.subscribe(text)))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("sign-up refuses a blank name")
  void blankName() {
    assertThat(catchThrowable(() -> signups.register("ada@example.com", "  ")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  @DisplayName("nobody can invite themself")
  void selfInvitation() {
    assertThat(catchThrowable(() -> invitations.invite("ada@example.com", "ada@example.com")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("themself");
  }
}
