package dev.roadmapkit.designprinciples.dryandkiss;

/** Subscribes readers to the newsletter. */
public final class NewsletterService {

  /** Subscribes {@code email} to the weekly newsletter. */
  public Subscription subscribe(String email) {
    return new Subscription(new EmailAddress(email), "weekly");
  }
}
