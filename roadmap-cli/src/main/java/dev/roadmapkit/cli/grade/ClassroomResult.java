package dev.roadmapkit.cli.grade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The result of one exercise's grading step in a class's GitHub Classroom workflow, with a score
 * per test, so that Classroom gives partial credit. The classroom-resources command grader scores a
 * step all or nothing; the grading reporter instead sums the {@code score} of every test in each
 * step's result. So the step runs the exercise's tests with Maven and then this program, which
 * reads their Surefire reports and prints {@code result=<base64 JSON>} for {@code $GITHUB_OUTPUT},
 * in the shape the reporter reads: {@code {version: 1, status, max_score, tests: [{name, status,
 * score, message, ...}]}}.
 *
 * <p>An exercise's points are spread over its tests in whole points, in the order of their source
 * files (test {@code k} of {@code n} is worth {@code floor((k+1)p/n) - floor(kp/n)}), so the scores
 * add up exactly to the exercise's points. A parameterized test or a property is one test: it earns
 * its share (on its first invocation's entry) only when every invocation passed. Guard tests
 * ({@code @Tag("guard")}: behaviour a refactoring must keep, passing on the starting code too) are
 * worth nothing, and when one fails the exercise earns nothing.
 *
 * <p>The kit's {@code assign} command copies this file into the class's repository as {@code
 * .github/classroom/ClassroomResult.java}, where the JDK runs it from source: {@code java
 * .github/classroom/ClassroomResult.java exercises/caching 10
 * dev.roadmapkit.caching.lru.LruCacheTest}. It uses the JDK only. {@link Grader} reads the test
 * sources the same way, through it.
 */
public final class ClassroomResult {

  /** {@code @Tag(...)}, {@code @org.junit.jupiter.api.Tag(value = ...)}: group 1 is the value. */
  private static final Pattern TAG =
      Pattern.compile("@(?:[\\w.]+\\.)?Tag\\(\\s*(?:value\\s*=\\s*)?([^)]*?)\\s*\\)");

  /** A constant whose value is "guard", such as {@code GUARD = "guard"}: group 1 is its name. */
  private static final Pattern GUARD_CONSTANT = Pattern.compile("(\\w+)\\s*=\\s*\"guard\"\\s*;");

  private ClassroomResult() {}

  /** One reported test. */
  record Case(String className, String name, String status, String message, boolean guard) {}

  /**
   * Prints the step's result.
   *
   * @param args the module directory, the exercise's points, and its test classes
   */
  public static void main(String[] args) {
    if (args.length < 3 || !args[1].matches("\\d{1,4}")) {
      System.err.println(
          "usage: java ClassroomResult.java MODULE_DIR POINTS TEST_CLASS... (for example"
              + " exercises/caching 10 dev.roadmapkit.caching.lru.LruCacheTest)");
      System.exit(2);
    }
    String json =
        result(Path.of(args[0]), Integer.parseInt(args[1]), List.of(args).subList(2, args.length));
    System.out.println(
        "result=" + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The result JSON of an exercise's step.
   *
   * @param module the module directory, with {@code target/surefire-reports} and {@code
   *     src/test/java}
   * @param points what the exercise is worth
   * @param testClasses its test classes
   * @return the JSON text the reporter reads
   */
  static String result(Path module, int points, List<String> testClasses) {
    List<Case> cases;
    try {
      cases = cases(module, testClasses);
    } catch (IOException | RuntimeException e) {
      return error(points, "cannot read the test reports under " + module + ": " + e.getMessage());
    }
    if (cases.isEmpty()) {
      return error(
          points,
          "no test of "
              + String.join(", ", testClasses)
              + " ran: the code does not compile, or the tests could not start (see the step's"
              + " log)");
    }
    // One share per test method: a parameterized test earns it when all its invocations pass.
    Map<String, List<Case>> byTest = new LinkedHashMap<>();
    for (Case c : cases) {
      byTest.computeIfAbsent(c.className() + "#" + method(c.name()), k -> new ArrayList<>()).add(c);
    }
    long graded = byTest.values().stream().filter(group -> !group.get(0).guard()).count();
    boolean guardFailed = cases.stream().anyMatch(c -> c.guard() && !c.status().equals("pass"));
    StringBuilder tests = new StringBuilder();
    int index = 0;
    for (List<Case> group : byTest.values()) {
      boolean guard = group.stream().anyMatch(Case::guard);
      boolean passes = group.stream().allMatch(c -> c.status().equals("pass"));
      int worth = 0;
      if (!guard) {
        worth = (int) ((index + 1) * points / graded - index * points / graded);
        index++;
      }
      for (int i = 0; i < group.size(); i++) {
        Case c = group.get(i);
        int score = i == 0 && passes && !guardFailed ? worth : 0;
        if (tests.length() > 0) {
          tests.append(',');
        }
        tests
            .append("{\"name\":")
            .append(string(simpleName(c.className()) + "." + c.name() + (guard ? " (guard)" : "")))
            .append(",\"status\":")
            .append(string(c.status()))
            .append(",\"score\":")
            .append(score)
            .append(",\"message\":")
            .append(string(c.message()))
            .append(",\"test_code\":\"\",\"filename\":\"\",\"line_no\":0,\"duration\":0}");
      }
    }
    boolean allPass = cases.stream().allMatch(c -> c.status().equals("pass"));
    return "{\"version\":1,\"status\":"
        + string(allPass ? "pass" : "fail")
        + ",\"max_score\":"
        + points
        + ",\"tests\":["
        + tests
        + "]}";
  }

  private static String error(int points, String message) {
    return "{\"version\":1,\"status\":\"error\",\"max_score\":"
        + points
        + ",\"tests\":[{\"name\":\"the exercise's tests\",\"status\":\"error\",\"score\":0,"
        + "\"message\":"
        + string(message)
        + ",\"test_code\":\"\",\"filename\":\"\",\"line_no\":0,\"duration\":0}]}";
  }

  /** The exercise's reported tests, by test class and then in the order of their sources. */
  static List<Case> cases(Path module, List<String> testClasses) throws IOException {
    Path reports = module.resolve("target/surefire-reports");
    List<Case> cases = new ArrayList<>();
    Map<String, String> sources = new HashMap<>();
    if (!Files.isDirectory(reports)) {
      return cases;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(reports)) {
      files =
          list.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
    }
    for (Path file : files) {
      Document document;
      try (InputStream in = Files.newInputStream(file)) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        document = factory.newDocumentBuilder().parse(in);
      } catch (Exception e) {
        throw new IOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
      }
      NodeList testcases = document.getElementsByTagName("testcase");
      for (int i = 0; i < testcases.getLength(); i++) {
        Element testcase = (Element) testcases.item(i);
        String className = testcase.getAttribute("classname");
        if (classIndex(className, testClasses) < 0) {
          continue;
        }
        String name = testcase.getAttribute("name");
        String status = "pass";
        String message = "";
        for (Node child = testcase.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element element) {
            String tag = element.getTagName();
            if (tag.equals("failure") || tag.equals("error") || tag.equals("skipped")) {
              status = tag.equals("failure") ? "fail" : "error";
              message =
                  (tag.equals("skipped") ? "skipped: " : "") + element.getAttribute("message");
              break;
            }
          }
        }
        String source = sources.computeIfAbsent(outer(className), c -> source(module, c));
        cases.add(
            new Case(
                className, name, status, firstLine(message), isGuard(source, className, name)));
      }
    }
    cases.sort(
        Comparator.<Case>comparingInt(c -> classIndex(c.className(), testClasses))
            .thenComparingInt(c -> position(sources.get(outer(c.className())), c.name())));
    return cases;
  }

  /**
   * The position of a reported class among the test classes (nested ones by their outer), or -1.
   */
  static int classIndex(String className, List<String> testClasses) {
    for (int i = 0; i < testClasses.size(); i++) {
      String test = testClasses.get(i);
      if (className.equals(test) || className.startsWith(test + "$")) {
        return i;
      }
    }
    return -1;
  }

  /** The text of the test class's source file (the outer class's), or empty. */
  static String source(Path module, String className) {
    Path file =
        module.resolve("src/test/java").resolve(outer(className).replace('.', '/') + ".java");
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** The top-level class a reported class belongs to: {@code Outer} for {@code Outer$Inner}. */
  static String outer(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }

  /**
   * Where the test is declared: its method, or the {@code @Label} of a jqwik property reported by
   * its label; the end when it cannot be found.
   */
  static int position(String source, String reportedName) {
    String method = method(reportedName);
    Matcher declaration =
        method.matches("[A-Za-z_$][\\w$]*")
            ? Pattern.compile("\\s" + Pattern.quote(method) + "\\s*\\(").matcher(source)
            : Pattern.compile(
                    "@Label\\(\\s*\""
                        + Pattern.quote(reportedName.replace("\\", "\\\\").replace("\"", "\\\""))
                        + "\"\\s*\\)")
                .matcher(source);
    return declaration.find() ? declaration.start() : Integer.MAX_VALUE;
  }

  /**
   * The test a reported name belongs to: {@code method} for {@code method(Type)[2]} (an invocation
   * of a parameterized test), the name itself otherwise (a method, or a jqwik label). A test earns
   * its share only when every invocation of it passed, as a test is counted everywhere.
   */
  static String method(String reportedName) {
    int cut = reportedName.length();
    for (char c : new char[] {'(', '['}) {
      int at = reportedName.indexOf(c);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    String base = reportedName.substring(0, cut);
    return base.matches("[A-Za-z_$][\\w$]*") ? base : reportedName;
  }

  /** Tagged guard on its method, its class or a class around it. */
  static boolean isGuard(String source, String className, String reportedName) {
    for (String simple : className.substring(className.lastIndexOf('.') + 1).split("\\$")) {
      Matcher declaration =
          Pattern.compile("\\b(class|record)\\s+" + Pattern.quote(simple) + "\\b").matcher(source);
      if (declaration.find() && tagsGuard(before(source, declaration.start()), source)) {
        return true;
      }
    }
    int method = position(source, reportedName);
    if (method == Integer.MAX_VALUE) {
      return false;
    }
    int body = source.indexOf('{', method);
    String annotations =
        before(source, method) + source.substring(method, body < 0 ? source.length() : body);
    return tagsGuard(annotations, source);
  }

  /** Whether the annotations tag {@code guard}, literally or through a constant of the source. */
  private static boolean tagsGuard(String annotations, String source) {
    Matcher tag = TAG.matcher(annotations);
    while (tag.find()) {
      String value = tag.group(1);
      if (value.equals("\"guard\"")) {
        return true;
      }
      String constant = value.substring(value.lastIndexOf('.') + 1);
      Matcher declared = GUARD_CONSTANT.matcher(source);
      while (declared.find()) {
        if (declared.group(1).equals(constant)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String before(String source, int end) {
    int start = end;
    while (start > 0 && ";{}".indexOf(source.charAt(start - 1)) < 0) {
      start--;
    }
    return source.substring(start, end);
  }

  static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The first line of a message, at most 200 characters. */
  static String firstLine(String message) {
    String stripped = message.strip();
    int lineBreak = stripped.indexOf('\n');
    String line = lineBreak < 0 ? stripped : stripped.substring(0, lineBreak).strip();
    return line.length() > 200 ? line.substring(0, 197) + "..." : line;
  }

  /** A JSON string literal. */
  static String string(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
