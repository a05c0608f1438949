package dev.roadmapkit.support.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits the arguments of ENV, ARG and LABEL into pairs, honouring quotes and backslashes. */
final class KeyValues {

  private KeyValues() {}

  static List<KeyValue> parse(int line, String arguments) {
    List<String> words = words(line, arguments);
    List<KeyValue> pairs = new ArrayList<>();
    if (words.isEmpty()) {
      return pairs;
    }
    if (!words.get(0).contains("=")) {
      if (words.size() == 1) {
        // ARG NAME: a build argument without a default.
        pairs.add(new KeyValue(words.get(0), Optional.empty()));
      } else {
        // The legacy ENV KEY value form: the rest of the line is the value.
        String rest = arguments.strip().substring(rawFirstWord(arguments).length()).strip();
        pairs.add(new KeyValue(words.get(0), Optional.of(unquote(line, rest))));
      }
      return pairs;
    }
    for (String word : words) {
      int equals = word.indexOf('=');
      if (equals <= 0) {
        throw new DockerfileException(line, "expected KEY=value, found '" + word + "'");
      }
      pairs.add(new KeyValue(word.substring(0, equals), Optional.of(word.substring(equals + 1))));
    }
    return pairs;
  }

  private static String rawFirstWord(String arguments) {
    String stripped = arguments.strip();
    int end = 0;
    while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
      end++;
    }
    return stripped.substring(0, end);
  }

  private static String unquote(int line, String text) {
    List<String> words = words(line, text);
    return String.join(" ", words);
  }

  /** Words separated by unquoted whitespace, quotes removed and backslash escapes applied. */
  private static List<String> words(int line, String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          word.append(text.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new DockerfileException(line, "a " + quote + " quote is not closed in: " + text);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
