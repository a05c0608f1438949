package dev.roadmapkit.designprinciples.dependencyinversion.domain;

import java.util.Optional;

/** Port: where users are kept. The domain owns this interface; the infrastructure implements it. */
public interface UserRepository {

  /**
   * Adds a user.
   *
   * @throws EmailAlreadyRegisteredException if a user with the same email exists: the port speaks
   *     the domain's language, whatever the storage behind it reports
   */
  void add(User user);

  /** The user with that (normalized) email, if any. */
  Optional<User> findByEmail(String email);
}
