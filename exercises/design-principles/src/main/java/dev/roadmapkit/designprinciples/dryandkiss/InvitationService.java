package dev.roadmapkit.designprinciples.dryandkiss;

import java.util.Locale;
import java.util.regex.Pattern;

/** Sends invitations. Part of the exercise {@code design-principles/dry-and-kiss}. */
public final class InvitationService {

  private static final Pattern EMAIL =
      Pattern.compile("^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+$");

  /**
   * Invites {@code invitee} on behalf of {@code invitedBy}.
   *
   * @throws IllegalArgumentException if an email is not an address, or someone invites themself
   */
  public Invitation invite(String invitedBy, String invitee) {
    if (!EMAIL.matcher(invitedBy).matches()) {
      throw new IllegalArgumentException("invalid email: " + invitedBy);
    }
    if (!EMAIL.matcher(invitee).matches()) {
      throw new IllegalArgumentException("invalid email: " + invitee);
    }
    String from = invitedBy.toLowerCase(Locale.ROOT);
    String to = invitee.toLowerCase(Locale.ROOT);
    if (from.equals(to)) {
      throw new IllegalArgumentException("nobody can invite themself: " + invitee);
    }
    return new Invitation(new EmailAddress(from), new EmailAddress(to));
  }
}
