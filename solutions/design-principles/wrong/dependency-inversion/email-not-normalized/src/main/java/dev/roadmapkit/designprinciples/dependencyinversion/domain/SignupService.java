package dev.roadmapkit.designprinciples.dependencyinversion.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Signs users up: validates, registers through {@link UserRepository}, welcomes through {@link
 * WelcomeMailer}.
 *
 * <p>Reference solution. The key idea of dependency inversion: the domain declares the ports it
 * needs, in its own terms (a taken email is an {@link EmailAlreadyRegisteredException}, a welcome
 * is {@code sendWelcome}), and the adapters translate to and from their technology. This class
 * imports nothing but the JDK and its own package, so a new database or mail provider is a new
 * adapter and no change here. The trade-off: every adapter must translate faithfully, which is why
 * the adapters get tests of their own against the ports' promises.
 */
public final class SignupService {

  private final UserRepository users;
  private final WelcomeMailer mailer;
  private final Clock clock;

  /** Creates the service with its ports and the clock that stamps registrations. */
  public SignupService(UserRepository users, WelcomeMailer mailer, Clock clock) {
    this.users = Objects.requireNonNull(users, "users");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Registers a user and sends the welcome message.
   *
   * @param email an address with an {@code @}; it is trimmed and lower-cased
   * @param displayName a name that is not blank; it is trimmed
   * @return the registered user
   * @throws IllegalArgumentException if the email or the name is unusable; nothing happens then
   * @throws EmailAlreadyRegisteredException if the email is taken; no message is sent then
   */
  public User signUp(String email, String displayName) {
    String normalized = email.strip().toLowerCase(Locale.ROOT);
    int at = normalized.indexOf('@');
    if (at < 1 || at == normalized.length() - 1) {
      throw new IllegalArgumentException("not an email address: '" + email + "'");
    }
    if (displayName.isBlank()) {
      throw new IllegalArgumentException("the display name must not be blank");
    }
    User user = new User(email, displayName.strip(), clock.instant());

    users.add(user);
    mailer.sendWelcome(user);
    return user;
  }
}
