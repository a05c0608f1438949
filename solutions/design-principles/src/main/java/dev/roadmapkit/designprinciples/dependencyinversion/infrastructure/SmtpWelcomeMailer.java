package dev.roadmapkit.designprinciples.dependencyinversion.infrastructure;

import dev.roadmapkit.designprinciples.dependencyinversion.domain.User;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.WelcomeMailer;
import java.util.Objects;

/**
 * Adapter: welcome messages over SMTP. It opens its connection itself, on the first message, so
 * callers of {@link WelcomeMailer} never learn that SMTP has connections.
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

  /** Whether the connection has been opened. */
  public boolean isConnected() {
    return connected;
  }

  @Override
  public void sendWelcome(User user) {
    if (!connected) {
      connect();
    }
    server.deliver(
        new MailServer.Mail(
            user.email(),
            "Welcome, " + user.displayName() + "!",
            "Hi " + user.displayName() + ",\nyour account " + user.email() + " is ready.\n"));
  }
}
