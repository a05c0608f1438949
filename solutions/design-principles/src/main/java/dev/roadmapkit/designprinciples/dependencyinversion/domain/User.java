package dev.roadmapkit.designprinciples.dependencyinversion.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered user. Given.
 *
 * @param email the normalized address: trimmed and lower case
 * @param displayName the name shown to others, trimmed
 * @param registeredAt when the user signed up
 */
public record User(String email, String displayName, Instant registeredAt) {

  /** Checks that no value is missing. */
  public User {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }
}
