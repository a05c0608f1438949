package dev.roadmapkit.websecurity.securityheaders;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exercise {@code web-security/security-headers}: the response headers that switch on the browser's
 * defences, built for a page and parsed back to check a response.
 *
 * <ul>
 *   <li><b>Content-Security-Policy</b> with a <em>nonce</em>: a fresh random value per response,
 *       written into the policy and into each {@code <script nonce="...">} the page means to run.
 *       Injected markup cannot know the nonce, so its scripts do not run. {@code frame-ancestors
 *       'none'} forbids framing the page (clickjacking).
 *   <li><b>Strict-Transport-Security</b>: the browser uses only HTTPS for this host for {@code
 *       max-age} seconds.
 *   <li><b>X-Content-Type-Options: nosniff</b>: the browser trusts the declared content type
 *       instead of guessing (a "text/plain" upload is not run as a script).
 * </ul>
 *
 * <p>The parsers follow the specs' own rules, because a checker that parses a header differently
 * from the browser checks a different policy from the one that applies. Parsers never throw on bad
 * header values.
 */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  /** A fresh CSP nonce: 16 bytes (128 bits) from {@code random}, in standard base64. */
  public static String newNonce(SecureRandom random) {
    throw new UnsupportedOperationException(
        "TODO web-security/security-headers: 16 random bytes, Base64.getEncoder()");
  }

  /**
   * The security headers of an HTML page whose inline scripts carry {@code nonce}, in this order:
   *
   * <ul>
   *   <li>{@code Content-Security-Policy: default-src 'self'; script-src 'nonce-<nonce>'
   *       'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'}
   *   <li>{@code Strict-Transport-Security: max-age=<hsts seconds>; includeSubDomains}
   *   <li>{@code X-Content-Type-Options: nosniff}
   *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin}
   * </ul>
   *
   * @param nonce this response's nonce
   * @param hstsMaxAge how long browsers must remember to use HTTPS only; at least one day
   * @throws IllegalArgumentException if the nonce is not base64 or {@code hstsMaxAge} is under a
   *     day
   */
  public static Map<String, String> forHtmlPage(String nonce, Duration hstsMaxAge) {
    throw new UnsupportedOperationException(
        "TODO web-security/security-headers: validate, then a LinkedHashMap of the four headers");
  }

  /**
   * Parses a {@code Content-Security-Policy} value (CSP Level 3, section 2.2.1): directives are
   * separated by {@code ;}, a directive's name and sources by ASCII whitespace; names are
   * lower-cased; empty directives are skipped; when a name repeats, the first one counts.
   *
   * @return each directive's name and its source list, in order of appearance
   */
  public static Map<String, List<String>> parseCsp(String policy) {
    throw new UnsupportedOperationException(
        "TODO web-security/security-headers: split on ;, then on whitespace; putIfAbsent");
  }

  /**
   * Whether a policy lets an inline {@code <script nonce="...">} with {@code nonce} run: its
   * effective script directive ({@code script-src}, else {@code default-src}) lists {@code
   * 'nonce-<nonce>'}. A policy without either lets everything run.
   */
  public static boolean allowsScriptWithNonce(String policy, String nonce) {
    throw new UnsupportedOperationException(
        "TODO web-security/security-headers: parseCsp, script-src or default-src, contains");
  }

  /**
   * The {@code max-age} of a {@code Strict-Transport-Security} value (RFC 6797 section 6.1): the
   * directive name is case-insensitive, the value may be quoted, directives are separated by {@code
   * ;}. Empty if there is no valid {@code max-age} or it appears twice.
   */
  public static Optional<Duration> hstsMaxAge(String header) {
    throw new UnsupportedOperationException(
        "TODO web-security/security-headers: find max-age=<digits>, quoted or not, exactly once");
  }
}
