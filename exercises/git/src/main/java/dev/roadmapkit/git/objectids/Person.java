package dev.roadmapkit.git.objectids;

import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The author or committer of a commit, with the moment and the time zone of the signature. Given:
 * do not change.
 *
 * @param name the person's name, for example {@code Ada Learner}
 * @param email the e-mail address, without the angle brackets
 * @param epochSeconds the moment, in seconds since 1970-01-01 UTC
 * @param zone the time zone offset of the person, in whole minutes
 */
public record Person(String name, String email, long epochSeconds, ZoneOffset zone) {

  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(zone, "zone");
    if (zone.getTotalSeconds() % 60 != 0) {
      throw new IllegalArgumentException("git records zones in whole minutes, not " + zone);
    }
    if (name.contains("<") || name.contains(">") || name.contains("\n")) {
      throw new IllegalArgumentException("a name has no '<', '>' or newline: '" + name + "'");
    }
    if (email.contains("<") || email.contains(">") || email.contains("\n")) {
      throw new IllegalArgumentException("an e-mail has no '<', '>' or newline: '" + email + "'");
    }
  }

  /**
   * The signature as a commit stores it after {@code author } or {@code committer }: {@code name
   * <email> seconds zone}, the zone as a sign and four digits, for example {@code Ada Learner
   * <ada@example.com> 1112911993 +0200} (UTC is {@code +0000}).
   */
  public String line() {
    int minutes = zone.getTotalSeconds() / 60;
    char sign = minutes < 0 ? '-' : '+';
    int abs = Math.abs(minutes);
    return String.format(
        "%s <%s> %d %c%02d%02d", name, email, epochSeconds, sign, abs / 60, abs % 60);
  }
}
