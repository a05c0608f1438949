package dev.roadmapkit.designprinciples.dependencyinversion.infrastructure;

import dev.roadmapkit.designprinciples.dependencyinversion.domain.User;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.WelcomeMailer;
import java.util.Objects;

/**
 * Adapter: welcome messages over SMTP. Part of the exercise {@code
 * design-principles/dependency-inversion}: today it refuses to send until someone calls {@link
 * #connect()}, and that someone is the domain. Connection handling is this adapter's job.
 */
public final class SmtpWelcomeMailer implements WelcomeMailer {

  private final MailServer server;
  private boolean connected;

  /** Creates a mailer that sends through {@code server}; it is not connected yet. */
  public SmtpWelcomeMailer(MailServer server) {
    this.server = Objects.requireNonNull(server, "server");
  }

  /** Opens the connection to the server. */
  public void connect() {
    server.openConnection();
    connected = true;
  }

  /** Whether {@link #connect()} has been called. */
  public boolean isConnected() {
    return connected;
  }

  @Override
  public void sendWelcome(User user) {
    if (!connected) {
      throw new IllegalStateException("not connected to the mail server: call connect() first");
    }
    server.deliver(
        new MailServer.Mail(
            user.email(),
            "Welcome, " + user.displayName() + "!",
            "Hi " + user.displayName() + ",\nyour account " + user.email() + " is ready.\n"));
  }
}
