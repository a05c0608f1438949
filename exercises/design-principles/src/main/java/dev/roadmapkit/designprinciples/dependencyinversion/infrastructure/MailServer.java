package dev.roadmapkit.designprinciples.dependencyinversion.infrastructure;

import java.util.ArrayList;
import java.util.List;

/** A stand-in for an SMTP server: counts connections and keeps what it delivered. Given. */
public final class MailServer {

  /** One delivered message. */
  public record Mail(String to, String subject, String body) {}

  private final List<Mail> delivered = new ArrayList<>();
  private int connections;

  /** Opens a connection, as an SMTP client does before it sends. */
  public void openConnection() {
    connections++;
  }

  /** Delivers {@code mail}; the caller must have opened a connection. */
  public void deliver(Mail mail) {
    if (connections == 0) {
      throw new IllegalStateException("no connection to the mail server: open one first");
    }
    delivered.add(mail);
  }

  /** How many connections were opened. */
  public int connections() {
    return connections;
  }

  /** Everything delivered, oldest first. */
  public List<Mail> delivered() {
    return List.copyOf(delivered);
  }
}
