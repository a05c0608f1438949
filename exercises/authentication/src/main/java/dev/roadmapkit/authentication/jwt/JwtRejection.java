package dev.roadmapkit.authentication.jwt;

/** Why a token was refused; each attack the tests try has its own reason. */
public enum JwtRejection {
  /** Not three base64url parts, or a header or payload that is not a JSON object. */
  MALFORMED,
  /** The header says {@code "alg": "none"}: an unsigned token. */
  ALGORITHM_NONE,
  /** The header names an algorithm other than HS256 (algorithm confusion). */
  ALGORITHM_NOT_ALLOWED,
  /** The signature does not match the header and payload: something was changed. */
  BAD_SIGNATURE,
  /** {@code exp} is missing, or it has passed (beyond the clock skew). */
  EXPIRED,
  /** {@code nbf} lies in the future (beyond the clock skew). */
  NOT_YET_VALID,
  /** {@code iss} is missing or not the expected issuer. */
  WRONG_ISSUER,
  /** {@code aud} does not name the expected audience. */
  WRONG_AUDIENCE
}
