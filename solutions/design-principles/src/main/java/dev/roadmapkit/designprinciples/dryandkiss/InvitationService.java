package dev.roadmapkit.designprinciples.dryandkiss;

/** Sends invitations. */
public final class InvitationService {

  /**
   * Invites {@code invitee} on behalf of {@code invitedBy}.
   *
   * @throws IllegalArgumentException if an email is not an address, or someone invites themself
   */
  public Invitation invite(String invitedBy, String invitee) {
    EmailAddress from = new EmailAddress(invitedBy);
    EmailAddress to = new EmailAddress(invitee);
    if (from.equals(to)) {
      throw new IllegalArgumentException("nobody can invite themself: " + invitee);
    }
    return new Invitation(from, to);
  }
}
