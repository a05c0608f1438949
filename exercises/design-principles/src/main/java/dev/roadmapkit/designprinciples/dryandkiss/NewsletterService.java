package dev.roadmapkit.designprinciples.dryandkiss;

import java.util.Locale;

/**
 * Subscribes readers to the newsletter. Part of the exercise {@code
 * design-principles/dry-and-kiss}.
 */
public final class NewsletterService {

  /** Subscribes {@code email} to the weekly newsletter. */
  public Subscription subscribe(String email) {
    String text = email.trim();
    // Check the address by hand, one character at a time.
    int ats = 0;
    int atPosition = -1;
    boolean dotAfterAt = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') {
        ats++;
        atPosition = i;
      } else if (c == '.' && ats == 1 && i > atPosition + 1 && i < text.length() - 1) {
        dotAfterAt = true;
      }
    }
    if (ats != 1 || atPosition == 0 || !dotAfterAt) {
      throw new IllegalArgumentException("Invalid e-mail address");
    }
    String local = text.substring(0, atPosition);
    String domain = text.substring(atPosition + 1).toLowerCase(Locale.ROOT);
    return new Subscription(new EmailAddress(local + "@" + domain), "weekly");
  }
}
