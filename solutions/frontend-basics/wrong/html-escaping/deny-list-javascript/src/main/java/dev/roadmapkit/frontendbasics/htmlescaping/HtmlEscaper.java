package dev.roadmapkit.frontendbasics.htmlescaping;

import java.util.Locale;
import java.util.Set;

/**
 * Exercise {@code frontend-basics/html-escaping}: encode untrusted text for the place in a page it
 * lands in, so that it is shown as text and never becomes markup.
 *
 * <p>Key idea: the HTML parser decides what is markup, so each context escapes exactly the
 * characters that the parser would act on there. In text that is {@code &} and {@code <} (and
 * {@code >} for good measure); inside a quoted attribute value the quotes as well. A URL in {@code
 * href} is a third context: escaping keeps it inside the attribute, but {@code javascript:} is a
 * perfectly quoted attribute that still runs code, so its scheme must be checked the way the
 * browser reads it (tabs and newlines removed, leading spaces and control characters trimmed,
 * case-insensitive).
 */
public final class HtmlEscaper {

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  private HtmlEscaper() {}

  /**
   * Escapes {@code text} for an element's content, such as {@code <p>HERE</p>}: {@code &}, {@code
   * <}, {@code >}, {@code "} and {@code '} become character references, everything else is kept.
   */
  public static String text(String text) {
    return escape(text);
  }

  /**
   * Escapes {@code value} for a quoted attribute value, such as {@code <a title="HERE">}: the same
   * five characters as {@link #text}, so the value works between double or single quotes.
   */
  public static String attribute(String value) {
    return escape(value);
  }

  /**
   * Makes {@code url} safe for {@code href="HERE"}: a URL whose scheme, as a browser reads it, is
   * not http, https or mailto becomes {@code "#"}; a relative URL (no scheme) and an allowed one
   * are kept, with the browser's clean-up applied (ASCII tab, LF and CR removed; leading and
   * trailing spaces and C0 control characters trimmed), then escaped as an attribute value.
   */
  public static String url(String url) {
    String cleaned = strip(url.replace("\t", "").replace("\n", "").replace("\r", ""));
    int colon = cleaned.indexOf(':');
    if (colon > 0 && isScheme(cleaned.substring(0, colon))) {
      String scheme = cleaned.substring(0, colon).toLowerCase(Locale.ROOT);
      if (scheme.equals("javascript")) {
        return "#";
      }
    }
    return escape(cleaned);
  }

  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) <= ' ') {
      end--;
    }
    return s.substring(start, end);
  }

  // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ). A colon after anything else
  // (a slash, a question mark) belongs to a relative path or query.
  private static boolean isScheme(String candidate) {
    if (!isAsciiLetter(candidate.charAt(0))) {
      return false;
    }
    for (int i = 1; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
