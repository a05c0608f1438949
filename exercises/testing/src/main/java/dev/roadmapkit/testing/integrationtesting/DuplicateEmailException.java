package dev.roadmapkit.testing.integrationtesting;

/** A customer with this email, in any letters' case, is already registered. */
public final class DuplicateEmailException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DuplicateEmailException(String email, Throwable cause) {
    super("a customer with the email " + email + " is already registered", cause);
  }
}
