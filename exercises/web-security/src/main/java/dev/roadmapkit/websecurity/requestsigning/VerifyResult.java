package dev.roadmapkit.websecurity.requestsigning;

/** What {@link RequestVerifier#verify} decided. */
public enum VerifyResult {
  /** Signature right, timestamp fresh, nonce new. */
  ACCEPTED,
  /** The timestamp is not a number of seconds, or the nonce is empty or too long. */
  MALFORMED,
  /** The timestamp is outside the allowed window around now. */
  STALE,
  /** The signature does not match the request. */
  BAD_SIGNATURE,
  /** A correctly signed request with this nonce was already accepted. */
  REPLAYED
}
