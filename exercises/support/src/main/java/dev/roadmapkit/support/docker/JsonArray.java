package dev.roadmapkit.support.docker;

import java.util.ArrayList;
import java.util.List;

/** Reads the exec form: a JSON array of strings, and nothing else (RFC 8259 strings). */
final class JsonArray {

  private final int line;
  private final String text;
  private int at;

  private JsonArray(int line, String text) {
    this.line = line;
    this.text = text;
  }

  static List<String> parse(int line, String text) {
    return new JsonArray(line, text).array();
  }

  private List<String> array() {
    List<String> items = new ArrayList<>();
    expect('[');
    skipSpace();
    if (peek() == ']') {
      at++;
    } else {
      while (true) {
        skipSpace();
        items.add(string());
        skipSpace();
        char next = next("',' or ']'");
        if (next == ']') {
          break;
        }
        if (next != ',') {
          throw fail("expected ',' or ']' but found '" + next + "'");
        }
      }
    }
    skipSpace();
    if (at < text.length()) {
      throw fail("unexpected text after the closing ']': " + text.substring(at));
    }
    return items;
  }

  private String string() {
    char first = next("a string in double quotes");
    if (first != '"') {
      throw fail(
          "expected a string in double quotes but found '"
              + first
              + "' (JSON has no single quotes)");
    }
    StringBuilder value = new StringBuilder();
    while (true) {
      char c = next("the closing '\"' of a string");
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\') {
        char escaped = next("an escape after '\\'");
        switch (escaped) {
          case '"', '\\', '/' -> value.append(escaped);
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw fail("a \\u escape needs four hex digits");
            }
            try {
              value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException e) {
              throw fail("a \\u escape needs four hex digits, found " + text.substring(at, at + 4));
            }
            at += 4;
          }
          default -> throw fail("unknown escape \\" + escaped);
        }
      } else {
        value.append(c);
      }
    }
  }

  private void expect(char wanted) {
    char c = next("'" + wanted + "'");
    if (c != wanted) {
      throw fail("expected '" + wanted + "' but found '" + c + "'");
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : 0;
  }

  private char next(String wanted) {
    if (at >= text.length()) {
      throw fail("the array ends before " + wanted);
    }
    return text.charAt(at++);
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private DockerfileException fail(String problem) {
    return new DockerfileException(
        line,
        "the exec form must be a JSON array of strings: "
            + problem
            + " in "
            + text
            + " (Docker would silently run it as a shell command)");
  }
}
