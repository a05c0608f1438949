package dev.roadmapkit.frontendbasics.contentnegotiation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A media type such as {@code text/html;charset=utf-8}, or a media range such as {@code text/*}
 * (RFC 9110 section 8.3.1). Type, subtype, parameter names and (in this kit) parameter values are
 * case-insensitive, so they are stored lower-cased: {@code Text/HTML;Charset=UTF-8} equals {@code
 * text/html;charset=utf-8}. Parameters keep their order.
 */
public record MediaType(String type, String subtype, Map<String, String> parameters) {

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /**
   * Checks that type and subtype are tokens ({@code *} allowed, and {@code *} as type only with
   * {@code *} as subtype) and that parameter names are tokens; lower-cases them all.
   */
  public MediaType {
    type = requireToken(type, "type").toLowerCase(Locale.ROOT);
    subtype = requireToken(subtype, "subtype").toLowerCase(Locale.ROOT);
    if (type.equals("*") && !subtype.equals("*")) {
      throw new IllegalArgumentException("*/" + subtype + " is not a media range; use */*");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    parameters.forEach(
        (name, value) ->
            copy.put(
                requireToken(name, "parameter name").toLowerCase(Locale.ROOT),
                value.toLowerCase(Locale.ROOT)));
    parameters = Collections.unmodifiableMap(copy);
  }

  private static String requireToken(String value, String what) {
    if (value == null || !TOKEN.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid media type " + what + ": \"" + value + "\"");
    }
    return value;
  }

  /** {@code type/subtype} without parameters. */
  public static MediaType of(String type, String subtype) {
    return new MediaType(type, subtype, Map.of());
  }

  /**
   * Parses {@code type/subtype} followed by any number of {@code ;name=value} parameters, with
   * optional whitespace around each {@code ;}; a value is a token or a quoted string (its quotes
   * are removed; backslash escapes are not supported). A parameter named {@code q} is a parameter
   * like any other here: this class knows nothing of {@code Accept}.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static MediaType parse(String text) {
    String[] parts = text.split(";", -1);
    String range = parts[0].strip();
    int slash = range.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not a media type (no /): \"" + text + "\"");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int eq = parameter.indexOf('=');
      if (eq <= 0 || eq == parameter.length() - 1) {
        throw new IllegalArgumentException(
            "not a parameter (name=value): \"" + parameter + "\" in \"" + text + "\"");
      }
      String value = parameter.substring(eq + 1);
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      } else {
        requireToken(value, "parameter value");
      }
      parameters.put(parameter.substring(0, eq), value);
    }
    return new MediaType(range.substring(0, slash), range.substring(slash + 1), parameters);
  }

  /** As it would be written in a header: {@code type/subtype;name=value...}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(type).append('/').append(subtype);
    parameters.forEach((name, value) -> out.append(';').append(name).append('=').append(value));
    return out.toString();
  }
}
