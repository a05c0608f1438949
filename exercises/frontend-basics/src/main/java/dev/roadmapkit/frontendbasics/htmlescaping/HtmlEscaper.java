package dev.roadmapkit.frontendbasics.htmlescaping;

/**
 * Exercise {@code frontend-basics/html-escaping}: encode untrusted text for the place in a page it
 * lands in, so that it is shown as text and never becomes markup.
 *
 * <p>A page is built by gluing strings, {@code "<p>" + comment + "</p>"}; if {@code comment} is
 * {@code <img src=x onerror=alert(1)>} the browser builds an element and runs the script. That is
 * cross-site scripting. The cure is to encode each value for its <em>context</em>:
 *
 * <ul>
 *   <li>{@link #text}: element content, {@code <p>HERE</p>};
 *   <li>{@link #attribute}: a quoted attribute value, {@code <a title="HERE">};
 *   <li>{@link #url}: a link target, {@code <a href="HERE">}, where even a well-quoted {@code
 *       javascript:alert(1)} runs code when clicked.
 * </ul>
 *
 * <p>The tests parse every page you produce with a real HTML parser (jsoup) and check the element
 * tree: no element or attribute appeared that the page did not write, and the text or attribute the
 * browser reads back is exactly the input. A generator of hostile strings runs against each
 * context.
 */
public final class HtmlEscaper {

  private HtmlEscaper() {}

  /**
   * Escapes {@code text} for an element's content, such as {@code <p>HERE</p>}: {@code &}, {@code
   * <}, {@code >}, {@code "} and {@code '} become character references ({@code &amp;}, {@code
   * &lt;}, {@code &gt;}, {@code &quot;}, {@code &#39;}), everything else is kept.
   */
  public static String text(String text) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/html-escaping: replace & < > \" ' by character references");
  }

  /**
   * Escapes {@code value} for a quoted attribute value, such as {@code <a title="HERE">}: the same
   * five characters as {@link #text}, so the value works between double or single quotes.
   */
  public static String attribute(String value) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/html-escaping: the same five characters as text()");
  }

  /**
   * Makes {@code url} safe for {@code href="HERE"}: a URL whose scheme, as a browser reads it, is
   * not http, https or mailto becomes {@code "#"}; a relative URL (no scheme) and an allowed one
   * are kept, with the browser's clean-up applied (ASCII tab, LF and CR removed; leading and
   * trailing spaces and C0 control characters, U+0000 to U+0020, trimmed), then escaped as an
   * attribute value.
   *
   * <p>The scheme is what comes before the first {@code :} when that part is a letter followed by
   * letters, digits, {@code +}, {@code -} or {@code .} (RFC 3986 section 3.1); compare it without
   * regard to case. {@code /a:b} and {@code ?x=1:2} have no scheme: they are relative.
   */
  public static String url(String url) {
    throw new UnsupportedOperationException(
        "TODO frontend-basics/html-escaping: clean up as the browser does, check the scheme, then"
            + " attribute()");
  }
}
