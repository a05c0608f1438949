package dev.roadmapkit.websecurity.requestsigning;

// Key idea: check the cheap things first, then the signature, and remember a nonce only after the
// signature is right, so that nobody can burn a legitimate sender's nonces with forged requests.
// Nonces only need to be remembered for as long as their timestamp is inside the window; older
// ones are forgotten, which bounds the memory.

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Exercise {@code web-security/request-signing}: verifies signed requests. */
public final class RequestVerifier {

  private static final int MAX_NONCE_LENGTH = 64;

  private final byte[] key;
  private final Clock clock;
  private final long windowSeconds;
  private final Map<String, Long> seenNonces = new HashMap<>();

  /**
   * Creates a verifier.
   *
   * @param key the shared HMAC key
   * @param clock the source of the current time
   * @param window how far a timestamp may be from now, in either direction
   */
  public RequestVerifier(byte[] key, Clock clock, Duration window) {
    this.key = key.clone();
    this.clock = clock;
    this.windowSeconds = window.getSeconds();
  }

  /** Verifies a request; never throws on bad input. */
  public synchronized VerifyResult verify(SignedRequest request) {
    long timestamp;
    try {
      timestamp = Long.parseLong(request.timestamp());
    } catch (NumberFormatException e) {
      return VerifyResult.MALFORMED;
    }
    if (request.nonce().isEmpty() || request.nonce().length() > MAX_NONCE_LENGTH) {
      return VerifyResult.MALFORMED;
    }
    long now = clock.instant().getEpochSecond();
    if (timestamp < now - windowSeconds) {
      return VerifyResult.STALE;
    }
    String expected =
        RequestSigning.sign(
                key,
                request.method(),
                request.path(),
                request.body(),
                request.timestamp(),
                request.nonce())
            .signature();
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        request.signature().getBytes(StandardCharsets.US_ASCII))) {
      return VerifyResult.BAD_SIGNATURE;
    }
    forgetOld(now);
    if (seenNonces.putIfAbsent(request.nonce(), timestamp) != null) {
      return VerifyResult.REPLAYED;
    }
    return VerifyResult.ACCEPTED;
  }

  /** How many nonces are remembered now: only those still inside the window. */
  public synchronized int rememberedNonces() {
    forgetOld(clock.instant().getEpochSecond());
    return seenNonces.size();
  }

  private void forgetOld(long now) {
    seenNonces.values().removeIf(timestamp -> timestamp < now - windowSeconds);
  }
}
