package dev.roadmapkit.designprinciples.dependencyinversion.infrastructure;

import dev.roadmapkit.designprinciples.dependencyinversion.domain.User;
import dev.roadmapkit.designprinciples.dependencyinversion.domain.UserRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adapter: users in a table {@code users} with a unique index {@code users_email_key} on the email.
 * It stands in for a real SQL database, and fails the way one does: an insert that breaks the index
 * throws {@link DuplicateKeyException}.
 *
 * <p>Part of the exercise {@code design-principles/dependency-inversion}: {@link #add} must keep
 * the promise of {@link UserRepository#add}, which speaks of the domain's exception, not of this
 * table's.
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
