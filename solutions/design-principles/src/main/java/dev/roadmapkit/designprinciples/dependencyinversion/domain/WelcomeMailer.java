package dev.roadmapkit.designprinciples.dependencyinversion.domain;

/**
 * Port: how a new user is welcomed. The domain owns this interface; the infrastructure implements
 * it and deals with connections, protocols and retries itself.
 */
public interface WelcomeMailer {

  /** Sends the welcome message to {@code user}. */
  void sendWelcome(User user);
}
