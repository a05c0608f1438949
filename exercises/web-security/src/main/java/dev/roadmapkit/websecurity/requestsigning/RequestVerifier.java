package dev.roadmapkit.websecurity.requestsigning;

import java.time.Clock;
import java.time.Duration;

/**
 * Exercise {@code web-security/request-signing}, part 2: verifies signed requests and refuses
 * replays.
 *
 * <p>{@link #verify} checks, in this order, and stops at the first problem:
 *
 * <ol>
 *   <li>the timestamp is a whole number of seconds and the nonce has 1 to 64 characters, else
 *       {@link VerifyResult#MALFORMED};
 *   <li>the timestamp is within the window of the clock's now, in either direction (inclusive),
 *       else {@link VerifyResult#STALE}: a captured request is worth nothing for long;
 *   <li>the signature matches the request, compared with {@link
 *       java.security.MessageDigest#isEqual} (a test checks the code for it), else {@link
 *       VerifyResult#BAD_SIGNATURE};
 *   <li>the nonce was not accepted before, else {@link VerifyResult#REPLAYED}. Remember a nonce
 *       only <em>after</em> its signature checked out, or anyone could burn a sender's nonces with
 *       forged requests; forget nonces whose timestamp has left the window, so memory stays bounded
 *       (a replay of them is {@code STALE} anyway).
 * </ol>
 */
public final class RequestVerifier {

  /**
   * Creates a verifier.
   *
   * @param key the shared HMAC key
   * @param clock the source of the current time
   * @param window how far a timestamp may be from now, in either direction
   */
  public RequestVerifier(byte[] key, Clock clock, Duration window) {
    throw new UnsupportedOperationException(
        "TODO web-security/request-signing: keep a copy of the key, the clock and the window");
  }

  /** Verifies a request; never throws on bad input. */
  public synchronized VerifyResult verify(SignedRequest request) {
    throw new UnsupportedOperationException(
        "TODO web-security/request-signing: MALFORMED, STALE, BAD_SIGNATURE, REPLAYED or"
            + " ACCEPTED");
  }

  /** How many nonces are remembered now: only those still inside the window. */
  public synchronized int rememberedNonces() {
    throw new UnsupportedOperationException(
        "TODO web-security/request-signing: the number of nonces remembered");
  }
}
