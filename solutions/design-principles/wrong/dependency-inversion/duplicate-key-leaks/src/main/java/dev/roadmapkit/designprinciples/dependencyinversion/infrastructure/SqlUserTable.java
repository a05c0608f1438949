package dev.roadmapkit.designprinciples.dependencyinversion.infrastructure;

import dev.roadmapkit.designprinciples.dependencyinversion.domain.User;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.UserRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adapter: users in a table {@code users} with a unique index {@code users_email_key} on the email.
 * It stands in for a real SQL database and fails the way one does, with a {@link
 * DuplicateKeyException}, which {@link #add} translates into the domain's {@link
 * EmailAlreadyRegisteredException}, as its port promises.
 */
public final class SqlUserTable implements UserRepository {

  private final Map<String, User> rows = new LinkedHashMap<>();

  @Override
  public void add(User user) {
    insertRow(user);
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return Optional.ofNullable(rows.get(email));
  }

  /** How many rows the table holds. */
  public int rowCount() {
    return rows.size();
  }

  private void insertRow(User user) {
    if (rows.containsKey(user.email())) {
      throw new DuplicateKeyException("users_email_key");
    }
    rows.put(user.email(), user);
  }
}
