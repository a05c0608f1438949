package dev.roadmapkit.cicd.semanticrelease;

import java.util.Objects;

/**
 * One commit as git knows it (given).
 *
 * @param hash the full 40-character commit id
 * @param message the whole commit message: the header line, then optionally a blank line, a body
 *     and footers, without trailing newlines
 */
public record Commit(String hash, String message) {

  /** Checks that both parts are present. */
  public Commit {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(message, "message");
  }

  /** The first 7 characters of the hash, as the changelog shows it. */
  public String shortHash() {
    return hash.substring(0, Math.min(7, hash.length()));
  }

  /** The first line of the message. */
  public String header() {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
