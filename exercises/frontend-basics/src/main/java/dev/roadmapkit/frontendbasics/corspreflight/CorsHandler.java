package dev.roadmapkit.frontendbasics.corspreflight;

import java.util.Map;
import java.util.Objects;

/**
 * Exercise {@code frontend-basics/cors-preflight}: the server's half of the CORS protocol (Fetch
 * standard, section "CORS protocol", https://fetch.spec.whatwg.org/#http-cors-protocol). A page on
 * {@code https://app.example.com} that calls {@code fetch()} on your API at another origin only
 * sees the response if your response says it may; for anything but a simple request the browser
 * first asks with a preflight, an {@code OPTIONS} request, and sends the real request only if the
 * answer allows it.
 *
 * <p><b>Which requests.</b> {@link #isPreflight}: the method is {@code OPTIONS} and the request has
 * both an {@code Origin} and an {@code Access-Control-Request-Method} header. Any other request, an
 * {@code OPTIONS} without {@code Access-Control-Request-Method} included, is an actual request.
 *
 * <p><b>The origin.</b> An origin is allowed when the policy allows any origin ({@code ["*"]}) or
 * when the request's {@code Origin} is exactly, character for character, one of the listed origins:
 * {@code https://app.example.com.evil.test} and {@code http://app.example.com} are other origins.
 * The origin {@code null} (sandboxed frames, {@code file:} pages, some redirects) is shared by
 * every such page, so a policy that lists it is refused by the constructor. Under any origin the
 * answer is {@code Access-Control-Allow-Origin: *}; otherwise it is the request's origin itself.
 *
 * <p><b>Credentials.</b> With {@link CorsPolicy#allowCredentials()}, allowed answers carry {@code
 * Access-Control-Allow-Credentials: true} (and no such header otherwise). A browser never accepts
 * {@code *} for a request with credentials, and allowing every origin to read a user's data is
 * never what you want, so the constructor refuses a policy with both.
 *
 * <p><b>A preflight</b> ({@link #preflight}) is allowed when the origin is allowed, the method of
 * {@code Access-Control-Request-Method} is a CORS-safelisted method ({@code GET}, {@code HEAD},
 * {@code POST}) or one of the policy's methods (methods are case-sensitive), and every name in
 * {@code Access-Control-Request-Headers} is one of the policy's headers, compared without regard to
 * case. That header is a comma-separated list: split on {@code ,}, trim spaces and tabs around each
 * name, skip empty elements; a missing header means no headers. An allowed preflight is answered
 * {@code 204} with:
 *
 * <ul>
 *   <li>{@code Access-Control-Allow-Origin}: as above;
 *   <li>{@code Access-Control-Allow-Credentials: true} when the policy allows credentials;
 *   <li>{@code Access-Control-Allow-Methods}: the requested method;
 *   <li>{@code Access-Control-Allow-Headers}: the requested names, trimmed, in their order, joined
 *       by {@code ", "}; omitted when none were requested;
 *   <li>{@code Access-Control-Max-Age}: the policy's max age in whole seconds, when it has one.
 * </ul>
 *
 * A refused preflight is answered {@code 403} with no {@code Access-Control-*} header at all.
 *
 * <p><b>An actual request</b> ({@link #actualResponseHeaders}) gets the headers to add to the
 * application's response: when its {@code Origin} is allowed, {@code Access-Control-Allow-Origin}
 * and, with credentials, {@code Access-Control-Allow-Credentials: true}. Under any origin, {@code
 * Access-Control-Allow-Origin: *} is sent on every response, with or without {@code Origin}.
 *
 * <p><b>Caches.</b> When the policy lists origins, the answer depends on the request's {@code
 * Origin}, so every answer, preflight or actual, allowed or refused, with or without {@code
 * Origin}, carries {@code Vary: Origin}; otherwise a shared cache hands one origin's answer to
 * another (Fetch standard, "CORS protocol and HTTP caches"). Under any origin the answer never
 * depends on it: send no {@code Vary}.
 */
public final class CorsHandler {

  private final CorsPolicy policy;

  /**
   * A handler for {@code policy}.
   *
   * @throws IllegalArgumentException when the policy allows any origin together with credentials,
   *     or lists the origin {@code null}
   */
  public CorsHandler(CorsPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * True for a CORS preflight: {@code OPTIONS} with {@code Origin} and {@code
   * Access-Control-Request-Method}.
   */
  public static boolean isPreflight(CorsRequest request) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/cors-preflight: OPTIONS with Origin and"
            + " Access-Control-Request-Method");
  }

  /** The answer to a preflight request (one {@link #isPreflight} accepts): 204 or 403. */
  public CorsResponse preflight(CorsRequest request) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/cors-preflight: check origin, method and every requested header");
  }

  /** The CORS headers to add to the application's response to an actual (non-preflight) request. */
  public Map<String, String> actualResponseHeaders(CorsRequest request) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/cors-preflight: Access-Control-Allow-Origin when the origin is"
            + " allowed, Vary: Origin when the answer depends on it");
  }
}
