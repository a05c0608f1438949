package dev.roadmapkit.git.refadvertisement;

import java.util.List;

/**
 * What a fetching client tells the server after the advertisement. Given: do not change.
 *
 * @param wants the object ids the client asks for ({@code want <id>} lines), each once
 * @param haves the object ids the client already has ({@code have <id>} lines), so that the server
 *     sends only what is missing
 */
public record FetchRequest(List<String> wants, List<String> haves) {

  public FetchRequest {
    wants = List.copyOf(wants);
    haves = List.copyOf(haves);
  }

  /** Whether there is anything to fetch: a client that wants nothing is up to date. */
  public boolean upToDate() {
    return wants.isEmpty();
  }
}
