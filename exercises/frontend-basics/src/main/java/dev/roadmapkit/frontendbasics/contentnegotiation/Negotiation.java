package dev.roadmapkit.frontendbasics.contentnegotiation;

import java.util.Objects;

/** The outcome of content negotiation: a representation, 406 Not Acceptable, or 400 Bad Request. */
public sealed interface Negotiation
    permits Negotiation.Chosen, Negotiation.NotAcceptable, Negotiation.BadRequest {

  /** The response status this outcome leads to. */
  int status();

  /** Send this representation (200). */
  record Chosen(MediaType mediaType) implements Negotiation {
    /** Checks that the media type is there. */
    public Chosen {
      Objects.requireNonNull(mediaType, "mediaType");
    }

    @Override
    public int status() {
      return 200;
    }
  }

  /** None of the available representations is acceptable: 406 (RFC 9110 section 15.5.7). */
  record NotAcceptable() implements Negotiation {
    @Override
    public int status() {
      return 406;
    }
  }

  /** The {@code Accept} header is malformed: 400, with a reason for the client's developer. */
  record BadRequest(String reason) implements Negotiation {
    /** Checks that the reason is there. */
    public BadRequest {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public int status() {
      return 400;
    }
  }
}
