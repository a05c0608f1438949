package dev.roadmapkit.websecurity.securityheaders;

// Key idea: a nonce-based CSP lets exactly the scripts this response carries run (each tagged with
// a fresh unguessable nonce) and nothing an attacker injects; frame-ancestors 'none' stops
// clickjacking; HSTS keeps the browser on HTTPS; nosniff stops content-type guessing. Parsing
// follows the specs' own rules (first occurrence of a directive wins, names are case-insensitive),
// because a checker that parses differently from the browser checks the wrong policy.

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Exercise {@code web-security/security-headers}: security headers, built and parsed. */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  /** A fresh CSP nonce: 16 bytes (128 bits) from {@code random}, in standard base64. */
  public static String newNonce(SecureRandom random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
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
    if (!nonce.matches("[A-Za-z0-9+/]{16,}={0,2}")) {
      throw new IllegalArgumentException(
          "a CSP nonce must be base64 of 16 bytes or more: " + nonce);
    }
    if (hstsMaxAge.compareTo(Duration.ofDays(1)) < 0) {
      throw new IllegalArgumentException(
          "an HSTS max-age under a day protects little: " + hstsMaxAge);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'nonce-"
            + nonce
            + "' 'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    headers.put(
        "Strict-Transport-Security", "max-age=" + hstsMaxAge.getSeconds() + "; includeSubDomains");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    return headers;
  }

  /**
   * Parses a {@code Content-Security-Policy} value (CSP Level 3, section 2.2.1): directives are
   * separated by {@code ;}, a directive's name and sources by ASCII whitespace; names are
   * lower-cased; empty directives are skipped; when a name repeats, the first one counts.
   *
   * @return each directive's name and its source list, in order of appearance
   */
  public static Map<String, List<String>> parseCsp(String policy) {
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      String[] tokens = directive.strip().split("[ \t\n\f\r]+");
      if (!tokens[0].isEmpty()) {
        directives.putIfAbsent(
            tokens[0], List.copyOf(Arrays.asList(tokens).subList(1, tokens.length)));
      }
    }
    return directives;
  }

  /**
   * Whether a policy lets an inline {@code <script nonce="...">} with {@code nonce} run: its
   * effective script directive ({@code script-src}, else {@code default-src}) lists {@code
   * 'nonce-<nonce>'}. A policy without either lets everything run.
   */
  public static boolean allowsScriptWithNonce(String policy, String nonce) {
    Map<String, List<String>> directives = parseCsp(policy);
    List<String> sources = directives.getOrDefault("script-src", directives.get("default-src"));
    return sources == null || sources.contains("'nonce-" + nonce + "'");
  }

  /**
   * The {@code max-age} of a {@code Strict-Transport-Security} value (RFC 6797 section 6.1): the
   * directive name is case-insensitive, the value may be quoted, directives are separated by {@code
   * ;}. Empty if there is no valid {@code max-age} or it appears twice.
   */
  public static Optional<Duration> hstsMaxAge(String header) {
    Optional<Duration> maxAge = Optional.empty();
    for (String directive : header.split(";")) {
      String[] nameValue = directive.strip().split("=", 2);
      if (nameValue[0].strip().equalsIgnoreCase("max-age")) {
        if (maxAge.isPresent() || nameValue.length < 2) {
          return Optional.empty();
        }
        String value = nameValue[1].strip();
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        if (!value.matches("\\d{1,18}")) {
          return Optional.empty();
        }
        maxAge = Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      }
    }
    return maxAge;
  }
}
