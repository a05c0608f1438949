package dev.roadmapkit.designprinciples.dryandkiss;

import java.util.Objects;

/**
 * Exercise {@code design-principles/dry-and-kiss}: an email address as a value object.
 *
 * <p>Today there is no single rule for what an email address is. {@link SignupService}, {@link
 * InvitationService} and {@link NewsletterService} each check and clean addresses with their own
 * copy of the logic, and the copies have drifted apart: one trims spaces and one does not, one
 * lower-cases the whole address and the others only the domain, and one is a hand-written loop that
 * lets addresses with spaces through. The same user can sign up but not be invited.
 *
 * <p><b>Your task</b> (DRY: every piece of knowledge has one place; KISS: keep that place simple):
 * make this record the one place that knows the rule, and make the three services use it, deleting
 * their own checks. The rule, in its compact constructor:
 *
 * <ol>
 *   <li>{@code null} is refused with a {@link NullPointerException};
 *   <li>surrounding whitespace is removed ({@link String#strip()});
 *   <li>what is left must match {@code [A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+}: a
 *       local part, one {@code @}, and a domain of at least two labels. Anything else is refused
 *       with an {@link IllegalArgumentException} whose message is exactly {@code not an email
 *       address: '<the text as given>'};
 *   <li>the domain (after the {@code @}) is lower-cased; the local part is kept as it is, because
 *       mail servers may treat {@code Ada} and {@code ada} as different mailboxes.
 * </ol>
 *
 * <p>So {@code new EmailAddress(" Ada@Example.COM ").value()} is {@code "Ada@example.com"}, and two
 * addresses that differ only in the case of their domain are equal.
 *
 * <p>{@code ServicesTest} (guard) keeps what all three services already agree on. {@code
 * EmailAddressTest} specifies the rule; {@code SameRuleEverywhereTest} checks that all three
 * services accept and store exactly what this record does; {@code OneRuleTest} (ArchUnit) checks
 * that no other class parses addresses any more.
 *
 * @param value the normalized address
 */
public record EmailAddress(String value) {

  /** TODO design-principles/dry-and-kiss: strip, check, and normalize the value here. */
  public EmailAddress {
    Objects.requireNonNull(value, "value");
  }
}
