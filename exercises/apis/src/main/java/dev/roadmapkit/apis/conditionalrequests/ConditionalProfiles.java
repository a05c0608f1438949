package dev.roadmapkit.apis.conditionalrequests;

import java.util.Optional;

/**
 * Exercise {@code apis/conditional-requests}: the resource {@code /profiles/{id}} with conditional
 * requests (RFC 9110 section 13). {@link ProfileServer} calls you with what came over the wire; you
 * answer with a {@link Reply}.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li><b>ETag.</b> A strong entity tag computed from the representation: the lowercase hex
 *       SHA-256 of the exact body bytes, in double quotes ({@code "9f2c..."}, 64 hex digits). The
 *       same bytes give the same ETag, different bytes a different one. Every 200 and 304 carries
 *       it in an {@code ETag} header; a 200 also has {@code Content-Type: application/json}.
 *   <li><b>GET.</b> A missing profile is 404. With {@code If-None-Match} (a list of entity tags
 *       separated by commas, or {@code *}) that matches the current ETag, the answer is {@code 304
 *       Not Modified} with the ETag and no body; otherwise 200 with the body. {@code If-None-Match}
 *       uses the <i>weak</i> comparison: {@code W/"x"} matches {@code "x"}.
 *   <li><b>PUT.</b> Replaces the representation by the request body, only if the client proves it
 *       saw the current one. Without {@code If-Match} the answer is {@code 428 Precondition
 *       Required} (RFC 6585: this server refuses blind updates). With {@code If-Match} that does
 *       not match the current ETag, or any {@code If-Match} (even {@code *}) on a missing profile,
 *       the answer is {@code 412 Precondition Failed} and nothing changes. {@code If-Match} uses
 *       the <i>strong</i> comparison: a weak tag {@code W/"x"} never matches. On success: 200 with
 *       the new body and its ETag.
 *   <li><b>No lost update.</b> Two PUTs with the same {@code If-Match} at the same time: exactly
 *       one wins (200), the other gets 412. Checking the ETag and then calling {@link
 *       ProfileStore#put} lets both win; use {@link ProfileStore#replace} (compare-and-set) or a
 *       lock around the check and the write.
 * </ul>
 */
public final class ConditionalProfiles {

  private final ProfileStore store;

  /** The resource over {@code store}. */
  public ConditionalProfiles(ProfileStore store) {
    this.store = store;
  }

  /** The strong ETag of {@code body}: its SHA-256 in lowercase hex, in double quotes. */
  public static String etagOf(byte[] body) {
    throw new UnsupportedOperationException(
        "TODO apis/conditional-requests: the quoted SHA-256 hex of the body bytes");
  }

  /** {@code GET /profiles/{id}}: 200, 304 (If-None-Match matched, weak comparison) or 404. */
  public Reply get(String id, Optional<String> ifNoneMatch) {
    throw new UnsupportedOperationException(
        "TODO apis/conditional-requests: GET with If-None-Match (200, 304, 404)");
  }

  /** {@code PUT /profiles/{id}}: 200, 412 (If-Match failed, strong comparison) or 428. */
  public Reply put(String id, Optional<String> ifMatch, byte[] body) {
    throw new UnsupportedOperationException(
        "TODO apis/conditional-requests: PUT with If-Match (200, 412, 428), no lost update");
  }
}
