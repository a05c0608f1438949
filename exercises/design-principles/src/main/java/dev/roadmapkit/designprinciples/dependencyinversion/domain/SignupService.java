package dev.roadmapkit.designprinciples.dependencyinversion.domain;

import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.DuplicateKeyException;
import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.SmtpWelcomeMailer;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Exercise {@code design-principles/dependency-inversion}: signs users up.
 *
 * <p>The design is almost right: the service receives its collaborators as the domain's own ports,
 * {@link UserRepository} and {@link WelcomeMailer}. But {@link #signUp} still reaches into the
 * infrastructure in two places:
 *
 * <ol>
 *   <li>it catches the SQL table's {@code DuplicateKeyException} to notice a taken email, so the
 *       domain knows that users live in a SQL table with a unique index;
 *   <li>it checks whether the mailer is an {@code SmtpWelcomeMailer} and connects it, so the domain
 *       knows that mail goes out over SMTP and how SMTP connections work.
 * </ol>
 *
 * <p>Both arrows point the wrong way: from the high-level policy (who may sign up) to low-level
 * details (a database error, a mail protocol). Swap the database or the mail provider, and this
 * business class has to change.
 *
 * <p><b>Your task:</b> invert both dependencies. Each adapter keeps the promise of its port: {@code
 * SqlUserTable.add} translates its own {@code DuplicateKeyException} into the domain's {@link
 * EmailAlreadyRegisteredException}, and {@code SmtpWelcomeMailer.sendWelcome} connects by itself
 * when it is not connected yet. Then remove both imports of the infrastructure from this class.
 * Public signatures stay as they are.
 *
 * <p>{@code SignupServiceTest} (guard) keeps the behaviour. {@code AdaptersTest} checks that the
 * adapters keep their ports' promises on their own; {@code DependencyRulesTest} (ArchUnit) checks
 * that nothing in {@code domain} depends on {@code infrastructure}.
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
    User user = new User(normalized, displayName.strip(), clock.instant());
    try {
      users.add(user);
    } catch (DuplicateKeyException e) {
      throw new EmailAlreadyRegisteredException(normalized);
    }
    if (mailer instanceof SmtpWelcomeMailer smtp && !smtp.isConnected()) {
      smtp.connect();
    }
    mailer.sendWelcome(user);
    return user;
  }
}
