package dev.roadmapkit.designprinciples.dependencyinversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.designprinciples.dependencyinversion.domain.EmailAlreadyRegisteredException;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.User;
import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.MailServer;
import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.SmtpWelcomeMailer;
import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.SqlUserTable;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The adapters keep their ports' promises on their own, without help from the domain: that is what
 * lets the domain forget which adapter it talks to.
 */
@DisplayName("design-principles/dependency-inversion: adapters keep their ports' promises")
class AdaptersTest {

  private static final User ADA =
      new User("ada@example.com", "Ada", Instant.parse("2026-03-01T09:30:00Z"));

  @Test
  @DisplayName("SqlUserTable reports a taken email as the domain's EmailAlreadyRegisteredException")
  void tableSpeaksTheDomainsLanguage() {
    SqlUserTable table = new SqlUserTable();
    table.add(ADA);

    Throwable thrown = catchThrowable(() -> table.add(ADA));

    assertThat(thrown)
        .as(
            "UserRepository.add promises EmailAlreadyRegisteredException for a taken email. The"
                + " table's own DuplicateKeyException is a detail of SQL: catch it inside"
                + " SqlUserTable.add and throw the domain's exception, so the domain never needs"
                + " to know about it")
        .isInstanceOf(EmailAlreadyRegisteredException.class);
    assertThat(((EmailAlreadyRegisteredException) thrown).email())
        .as("the exception must name the taken email")
        .isEqualTo("ada@example.com");
    assertThat(table.rowCount()).as("the duplicate must not be stored").isEqualTo(1);
  }

  @Test
  @DisplayName("SmtpWelcomeMailer connects by itself when it sends its first message")
  void mailerConnectsItself() {
    MailServer server = new MailServer();
    SmtpWelcomeMailer mailer = new SmtpWelcomeMailer(server);
    assertThat(mailer.isConnected()).as("a new mailer is not connected yet").isFalse();

    Throwable thrown = catchThrowable(() -> mailer.sendWelcome(ADA));

    assertThat(thrown)
        .as(
            "sendWelcome on a fresh SmtpWelcomeMailer must work: WelcomeMailer promises to send,"
                + " nothing about connecting first. Open the connection inside the adapter when it"
                + " is not open yet, instead of letting the domain do it")
        .isNull();
    assertThat(server.delivered()).as("the welcome message must be delivered").hasSize(1);
    assertThat(mailer.isConnected()).as("after sending, the mailer is connected").isTrue();
  }

  @Test
  @DisplayName("SmtpWelcomeMailer opens one connection for many messages")
  void mailerReusesItsConnection() {
    MailServer server = new MailServer();
    SmtpWelcomeMailer mailer = new SmtpWelcomeMailer(server);

    for (int i = 0; i < 3; i++) {
      catchThrowable(() -> mailer.sendWelcome(ADA));
    }

    assertThat(server.delivered())
        .as("three calls of sendWelcome deliver three messages")
        .hasSize(3);
    assertThat(server.connections())
        .as("connect only when not connected yet: three messages, one connection")
        .isEqualTo(1);
  }
}
