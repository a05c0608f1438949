package dev.roadmapkit.designprinciples.dependencyinversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.designprinciples.dependencyinversion.domain.EmailAlreadyRegisteredException;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.SignupService;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.User;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.UserRepository;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.WelcomeMailer;
import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.MailServer;
import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.MailServer.Mail;
import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.SmtpWelcomeMailer;
import dev.roadmapkit.designprinciples.dependencyinversion.infrastructure.SqlUserTable;
import dev.roadmapkit.support.clock.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guard tests: sign-up as it works today, wired to the real adapters and to plain fakes. */
@Tag("guard")
@DisplayName("design-principles/dependency-inversion: signing up keeps working (guard)")
class SignupServiceTest {

  private static final String KEEP =
      "this guard passed before your change: inverting the dependencies must not change"
          + " behaviour";
  private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

  private final TestClock clock = TestClock.at(NOW);
  private final SqlUserTable table = new SqlUserTable();
  private final MailServer server = new MailServer();
  private final SignupService service =
      new SignupService(table, new SmtpWelcomeMailer(server), clock);

  @Test
  @DisplayName("a new user is stored, stamped by the clock, and welcomed")
  void signsUp() {
    User user = service.signUp("  Ada@Example.COM ", " Ada ");

    assertThat(user).as(KEEP).isEqualTo(new User("ada@example.com", "Ada", NOW));
    assertThat(table.findByEmail("ada@example.com")).as(KEEP).contains(user);
    assertThat(server.delivered())
        .as(KEEP)
        .containsExactly(
            new Mail(
                "ada@example.com",
                "Welcome, Ada!",
                "Hi Ada,\nyour account ada@example.com is ready.\n"));
  }

  @Test
  @DisplayName("a one-letter local part is an address too")
  void shortestAddress() {
    assertThat(service.signUp("a@b.io", "A").email()).as(KEEP).isEqualTo("a@b.io");
  }

  @Test
  @DisplayName("a taken email is refused with EmailAlreadyRegisteredException, and no mail is sent")
  void refusesTakenEmail() {
    service.signUp("ada@example.com", "Ada");

    Throwable thrown = catchThrowable(() -> service.signUp("ADA@example.com", "Impostor"));

    assertThat(thrown).as(KEEP).isInstanceOf(EmailAlreadyRegisteredException.class);
    assertThat(((EmailAlreadyRegisteredException) thrown).email())
        .as(KEEP)
        .isEqualTo("ada@example.com");
    assertThat(thrown).as(KEEP).hasMessageContaining("ada@example.com");
    assertThat(table.rowCount()).as(KEEP).isEqualTo(1);
    assertThat(server.delivered()).as(KEEP).hasSize(1);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"ada.example.com", "@example.com", "ada@", "  "})
  @DisplayName("an unusable email is refused and nothing happens")
  void refusesBadEmail(String email) {
    assertThat(catchThrowable(() -> service.signUp(email, "Ada")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + email + "'");
    assertThat(table.rowCount()).as(KEEP).isZero();
    assertThat(server.delivered()).as(KEEP).isEmpty();
  }

  @Test
  @DisplayName("a blank display name is refused and nothing happens")
  void refusesBlankName() {
    assertThat(catchThrowable(() -> service.signUp("ada@example.com", " ")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("display name");
    assertThat(table.rowCount()).as(KEEP).isZero();
    assertThat(server.delivered()).as(KEEP).isEmpty();
  }

  @Test
  @DisplayName("the service works with any implementation of its ports, here two plain fakes")
  void worksWithFakes() {
    Map<String, User> stored = new HashMap<>();
    List<User> welcomed = new ArrayList<>();
    UserRepository users =
        new UserRepository() {
          @Override
          public void add(User user) {
            if (stored.putIfAbsent(user.email(), user) != null) {
              throw new EmailAlreadyRegisteredException(user.email());
            }
          }

          @Override
          public Optional<User> findByEmail(String email) {
            return Optional.ofNullable(stored.get(email));
          }
        };
    WelcomeMailer mailer = welcomed::add;
    SignupService withFakes = new SignupService(users, mailer, clock);

    User user = withFakes.signUp("grace@example.com", "Grace");

    assertThat(welcomed).as(KEEP).containsExactly(user);
    assertThat(catchThrowable(() -> withFakes.signUp("grace@example.com", "Grace")))
        .as(KEEP)
        .isInstanceOf(EmailAlreadyRegisteredException.class);
    assertThat(welcomed).as(KEEP).hasSize(1);
  }

  @Test
  @DisplayName("the mail server refuses mail on no connection, and every user is welcomed")
  void mailServer() {
    assertThat(catchThrowable(() -> new MailServer().deliver(new Mail("a@b.c", "s", "b"))))
        .as(KEEP)
        .isInstanceOf(IllegalStateException.class);

    service.signUp("ada@example.com", "Ada");
    service.signUp("grace@example.com", "Grace");

    assertThat(server.delivered())
        .as(KEEP)
        .extracting(Mail::to)
        .containsExactly("ada@example.com", "grace@example.com");
    assertThat(server.connections())
        .as("%s: one connection is opened and reused", KEEP)
        .isEqualTo(1);
  }
}
