package dev.roadmapkit.websecurity.tls;

import java.util.Objects;

/** The result of {@link PinnedHttpsClient#get}. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.Refused {

  /**
   * The server answered over a connection the client trusted.
   *
   * @param status the HTTP status
   * @param body the body as text
   */
  record Fetched(int status, String body) implements FetchResult {
    /** Checks the part. */
    public Fetched {
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * No trusted connection.
   *
   * @param reason why
   * @param message a sentence for a person
   */
  record Refused(TlsRefusal reason, String message) implements FetchResult {
    /** Checks the parts. */
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }
}
