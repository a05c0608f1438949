package dev.roadmapkit.apis.openapicontract;

import java.util.Map;

/**
 * What the API answers: a status, response headers (one value per name, {@code Content-Type} among
 * them when there is a body) and the body text (empty for no body). {@link TaskServer} sends it
 * over the wire as it is.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the body, UTF-8 on the wire; empty for none
 */
public record ApiReply(int status, Map<String, String> headers, String body) {

  /** Copies the headers, so a reply never changes after it is made. */
  public ApiReply {
    headers = Map.copyOf(headers);
  }
}
