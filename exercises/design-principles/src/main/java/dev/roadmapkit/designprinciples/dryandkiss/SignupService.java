package dev.roadmapkit.designprinciples.dryandkiss;

import java.util.Locale;
import java.util.regex.Pattern;

/** Registers accounts. Part of the exercise {@code design-principles/dry-and-kiss}. */
public final class SignupService {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  /**
   * Registers an account.
   *
   * @throws IllegalArgumentException if the email is not an address or the name is blank
   */
  public Account register(String email, String name) {
    String trimmed = email.strip();
    if (!EMAIL.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("not an email address: '" + email + "'");
    }
    int at = trimmed.indexOf('@');
    String normalized =
        trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    if (name.isBlank()) {
      throw new IllegalArgumentException("the name must not be blank");
    }
    return new Account(new EmailAddress(normalized), name.strip());
  }
}
