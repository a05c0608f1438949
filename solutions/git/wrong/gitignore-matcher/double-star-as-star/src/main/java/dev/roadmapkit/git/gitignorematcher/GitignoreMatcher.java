package dev.roadmapkit.git.gitignorematcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reference solution. The key idea: a rule is parsed once into a compiled regular expression plus
 * two flags (directory only, name or anchored path), and a decision walks the path from the top,
 * asking the rules of the files above each directory whether that directory is ignored, because an
 * ignored directory decides for everything inside it. Rules are searched from the deepest file and
 * the last line backwards, so the first hit is the one that wins. The trade-off: translating globs
 * into java.util.regex is short and fast, but it leans on the regex engine for {@code **}, where a
 * hand-written wildmatch would show the backtracking explicitly.
 */
public final class GitignoreMatcher {

  private final List<ParsedFile> files;

  /**
   * A matcher for the working tree that has these {@code .gitignore} files.
   *
   * @param files at most one per directory, in any order
   */
  public GitignoreMatcher(List<IgnoreFile> files) {
    List<ParsedFile> parsed = new ArrayList<>();
    for (IgnoreFile file : files) {
      parsed.add(ParsedFile.of(file));
    }
    // Deepest first: a deeper .gitignore takes precedence.
    parsed.sort(Comparator.comparingInt(ParsedFile::depth).reversed());
    this.files = List.copyOf(parsed);
  }

  /**
   * What the rules say about {@code path}: the rule that decided, or {@link Decision#NO_RULE}.
   *
   * @throws IllegalArgumentException if the path is empty, or starts or ends with {@code /}
   */
  public Decision check(String path, boolean directory) {
    if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException(
          "path '" + path + "' must be relative to the top, like \"src/app.log\"");
    }
    String[] names = path.split("/");
    StringBuilder above = new StringBuilder();
    for (int i = 0; i < names.length - 1; i++) {
      above.append(i == 0 ? "" : "/").append(names[i]);
      Optional<MatchedRule> rule = lastMatch(above.toString(), true);
      if (rule.isPresent() && !rule.get().negated()) {
        return Decision.by(rule.get());
      }
    }
    return lastMatch(path, directory).map(Decision::by).orElse(Decision.NO_RULE);
  }

  private Optional<MatchedRule> lastMatch(String path, boolean directory) {
    for (ParsedFile file : files) {
      String prefix = file.directory().isEmpty() ? "" : file.directory() + "/";
      if (!path.startsWith(prefix)) {
        continue;
      }
      String relative = path.substring(prefix.length());
      List<Rule> rules = file.rules();
      for (int i = rules.size() - 1; i >= 0; i--) {
        if (rules.get(i).matches(relative, directory)) {
          return Optional.of(rules.get(i).matched());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code glob} matches all of {@code path}: git's wildmatch with WM_PATHNAME. */
  public static boolean wildmatch(String glob, String path) {
    return toRegex(glob).matcher(path).matches();
  }

  private static Pattern toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    int n = glob.length();
    int i = 0;
    while (i < n) {
      char c = glob.charAt(i);
      if (c == '*') {
        int end = i;
        while (end < n && glob.charAt(end) == '*') {
          end++;
        }
        boolean wholeComponent =
            end - i >= 3
                && (i == 0 || glob.charAt(i - 1) == '/')
                && (end == n || glob.charAt(end) == '/');
        if (!wholeComponent) {
          regex.append("[^/]*");
        } else if (end == n) {
          regex.append(".*");
        } else {
          regex.append("(?:.*/)?");
          end++; // the slash belongs to the "zero or more directories"
        }
        i = end;
      } else if (c == '?') {
        regex.append("[^/]");
        i++;
      } else if (c == '[') {
        int close = bracketEnd(glob, i);
        if (close == -1) {
          return Pattern.compile("(?!)"); // git: an unclosed bracket matches nothing
        }
        regex.append(bracket(glob.substring(i + 1, close)));
        i = close + 1;
      } else if (c == '\\') {
        if (i + 1 == n) {
          return Pattern.compile("(?!)"); // a trailing backslash escapes nothing
        }
        regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
        i += 2;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** The index of the {@code ]} that closes the bracket opened at {@code open}, or -1. */
  private static int bracketEnd(String glob, int open) {
    int i = open + 1;
    if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
      i++;
    }
    if (i < glob.length() && glob.charAt(i) == ']') {
      i++; // a ] right after [ or [! is a member
    }
    for (; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  private static String bracket(String body) {
    boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
    String members = negated ? body.substring(1) : body;
    StringBuilder set = new StringBuilder();
    for (int i = 0; i < members.length(); i++) {
      char low = members.charAt(i);
      if (low == '\\') {
        low = members.charAt(++i);
      }
      if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
        char high = members.charAt(i + 2);
        if (high == '\\') {
          high = members.charAt(i + 3);
          i++;
        }
        i += 2;
        // git compares the first character on its own: [z-a] still matches z
        set.append(literal(low)).append('-').append(literal((char) Math.max(low, high)));
      } else {
        set.append(literal(low));
      }
    }
    return "(?!/)[" + (negated ? "^" : "") + set + "]";
  }

  private static String literal(char c) {
    return String.format("\\x{%x}", (int) c);
  }

  /** One rule, parsed. */
  private record Rule(MatchedRule matched, Pattern glob, boolean directoryOnly, boolean name) {

    /** The rule on this line, or empty for a blank line or a comment. */
    static Optional<Rule> parse(String source, int line, String text) {
      if (text.startsWith("#")) {
        return Optional.empty();
      }
      String trimmed = trimTrailingSpaces(text);
      String pattern = trimmed;
      if (pattern.startsWith("!")) {
        pattern = pattern.substring(1);
      }
      boolean directoryOnly = pattern.endsWith("/");
      if (directoryOnly) {
        pattern = pattern.substring(0, pattern.length() - 1);
      }
      if (pattern.isEmpty()) {
        return Optional.empty();
      }
      boolean name = pattern.indexOf('/') < 0;
      if (pattern.startsWith("/")) {
        pattern = pattern.substring(1);
      }
      return Optional.of(
          new Rule(new MatchedRule(source, line, trimmed), toRegex(pattern), directoryOnly, name));
    }

    boolean matches(String relative, boolean directory) {
      if (directoryOnly && !directory) {
        return false;
      }
      String subject = name ? relative.substring(relative.lastIndexOf('/') + 1) : relative;
      return glob.matcher(subject).matches();
    }

    /** Removes the unescaped spaces at the end, as git does. */
    private static String trimTrailingSpaces(String text) {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ' && !escaped(text, end - 1)) {
        end--;
      }
      return text.substring(0, end);
    }

    /** Whether the character at {@code index} follows an odd number of backslashes. */
    private static boolean escaped(String text, int index) {
      int backslashes = 0;
      for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      return backslashes % 2 == 1;
    }
  }

  /** One .gitignore file, parsed. */
  private record ParsedFile(String directory, int depth, List<Rule> rules) {

    static ParsedFile of(IgnoreFile file) {
      List<Rule> rules = new ArrayList<>();
      String[] lines = file.content().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Rule.parse(file.source(), i + 1, lines[i]).ifPresent(rules::add);
      }
      int depth = file.directory().isEmpty() ? 0 : file.directory().split("/").length;
      return new ParsedFile(file.directory(), depth, List.copyOf(rules));
    }
  }
}
