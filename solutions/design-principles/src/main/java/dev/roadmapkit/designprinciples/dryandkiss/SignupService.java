package dev.roadmapkit.designprinciples.dryandkiss;

/** Registers accounts. */
public final class SignupService {

  /**
   * Registers an account.
   *
   * @throws IllegalArgumentException if the email is not an address or the name is blank
   */
  public Account register(String email, String name) {
    EmailAddress address = new EmailAddress(email);
    if (name.isBlank()) {
      throw new IllegalArgumentException("the name must not be blank");
    }
    return new Account(address, name.strip());
  }
}
