package dev.roadmapkit.designprinciples.dependencyinversion.domain;

/** Thrown when someone signs up with an email that already has an account. Given. */
public final class EmailAlreadyRegisteredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String email;

  /** Creates the exception for {@code email}, which the message names. */
  public EmailAlreadyRegisteredException(String email) {
    super("an account for " + email + " already exists");
    this.email = email;
  }

  /** The email that is taken. */
  public String email() {
    return email;
  }
}
