package dev.roadmapkit.frontendbasics.corspreflight;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which cross-origin callers may use an API, and how: the configuration a {@link CorsHandler}
 * enforces. Build one with {@link #origins} and the {@code with...} methods:
 *
 * <pre>{@code
 * CorsPolicy.origins("https://app.example.com")
 *     .withMethods("PUT", "DELETE")
 *     .withHeaders("Content-Type", "X-Request-Id")
 *     .withCredentials()
 *     .withMaxAge(Duration.ofMinutes(10));
 * }</pre>
 *
 * @param allowedOrigins either exactly {@code ["*"]} (any origin) or origins serialized as browsers
 *     send them in {@code Origin}: {@code scheme://host} or {@code scheme://host:port}, lower-case,
 *     no path and no trailing slash; the literal {@code "null"} is accepted here so that a {@link
 *     CorsHandler} can refuse it
 * @param allowedMethods methods a preflight may ask for, besides the CORS-safelisted ones
 * @param allowedHeaders request header names a preflight may ask for, in any case
 * @param allowCredentials whether requests with cookies or HTTP authentication may read responses
 * @param maxAge how long a browser may cache a successful preflight, if it should be sent
 */
public record CorsPolicy(
    List<String> allowedOrigins,
    List<String> allowedMethods,
    List<String> allowedHeaders,
    boolean allowCredentials,
    Optional<Duration> maxAge) {

  private static final Pattern ORIGIN =
      Pattern.compile("[a-z][a-z0-9+.-]*://[a-z0-9.\\-\\[\\]:]+(:[0-9]{1,5})?");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** Checks every entry; see the parameters. */
  public CorsPolicy {
    allowedOrigins = List.copyOf(allowedOrigins);
    allowedMethods = List.copyOf(allowedMethods);
    allowedHeaders = List.copyOf(allowedHeaders);
    Objects.requireNonNull(maxAge, "maxAge");
    if (allowedOrigins.contains("*") && allowedOrigins.size() > 1) {
      throw new IllegalArgumentException(
          "\"*\" means any origin and cannot be combined with a list: " + allowedOrigins);
    }
    for (String origin : allowedOrigins) {
      if (!origin.equals("*") && !origin.equals("null") && !ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException(
            "not an origin as browsers serialize it (scheme://host[:port], lower-case, no path or"
                + " trailing slash): \""
                + origin
                + "\"");
      }
    }
    for (String name : allowedMethods) {
      requireToken(name, "method");
    }
    for (String name : allowedHeaders) {
      requireToken(name, "header name");
    }
    if (maxAge.isPresent() && maxAge.get().isNegative()) {
      throw new IllegalArgumentException("maxAge must not be negative: " + maxAge.get());
    }
  }

  private static void requireToken(String value, String what) {
    if (!TOKEN.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid " + what + ": \"" + value + "\"");
    }
  }

  /**
   * A policy for these origins ({@code "*"} alone for any origin), with no extra methods or
   * headers, without credentials and without a max age.
   */
  public static CorsPolicy origins(String... origins) {
    return new CorsPolicy(List.of(origins), List.of(), List.of(), false, Optional.empty());
  }

  /** True when the policy is {@code ["*"]}: any origin may read responses. */
  public boolean anyOrigin() {
    return allowedOrigins.equals(List.of("*"));
  }

  /** This policy with {@code methods} as its allowed methods. */
  public CorsPolicy withMethods(String... methods) {
    return new CorsPolicy(
        allowedOrigins, List.of(methods), allowedHeaders, allowCredentials, maxAge);
  }

  /** This policy with {@code headers} as its allowed request header names. */
  public CorsPolicy withHeaders(String... headers) {
    return new CorsPolicy(
        allowedOrigins, allowedMethods, List.of(headers), allowCredentials, maxAge);
  }

  /** This policy with credentials allowed. */
  public CorsPolicy withCredentials() {
    return new CorsPolicy(allowedOrigins, allowedMethods, allowedHeaders, true, maxAge);
  }

  /** This policy with a max age for cached preflights. */
  public CorsPolicy withMaxAge(Duration maxAge) {
    return new CorsPolicy(
        allowedOrigins, allowedMethods, allowedHeaders, allowCredentials, Optional.of(maxAge));
  }
}
