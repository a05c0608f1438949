package dev.roadmapkit.cli.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the test sources of a module say about a reported test: where it is declared, to list tests
 * as they appear in their files (what a learner reads top to bottom, and what Exercism's results
 * format asks for) rather than in the order they ran; and whether it is a guard
 * ({@code @Tag("guard")} on the method or a class around it), which protects behaviour and earns no
 * points by itself. The sources are read as text: the graded repository's classes need not load
 * here.
 */
final class TestSources {

  private static final Pattern GUARD_TAG = Pattern.compile("@Tag\\(\\s*\"guard\"\\s*\\)");

  private final Path testSources;
  private final Map<String, String> sources = new HashMap<>();

  /**
   * @param module the module directory, holding {@code src/test/java}
   */
  TestSources(Path module) {
    this.testSources = module.resolve("src/test/java");
  }

  /**
   * Where a test method is declared in its class's file.
   *
   * @param className the reported class, nested classes as {@code Outer$Inner}
   * @param reportedName the reported name: {@code method}, {@code method(Type)[2]} or a label
   * @return the offset of the declaration, or {@link Integer#MAX_VALUE} when not found
   */
  int position(String className, String reportedName) {
    String source = source(outerClass(className));
    String method = reportedName.split("[(\\[ ]", 2)[0];
    if (source.isEmpty() || method.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    Matcher declaration =
        Pattern.compile("\\s" + Pattern.quote(method) + "\\s*\\(").matcher(source);
    return declaration.find() ? declaration.start() : Integer.MAX_VALUE;
  }

  /**
   * Whether a test is a guard: tagged {@code guard} on its method, its class or a class around it.
   *
   * @param className the reported class, nested classes as {@code Outer$Inner}
   * @param reportedName the reported name
   * @return true for a guard; false also when its source is not found
   */
  boolean isGuard(String className, String reportedName) {
    String source = source(outerClass(className));
    if (source.isEmpty()) {
      return false;
    }
    String[] classes = className.substring(className.lastIndexOf('.') + 1).split("\\$");
    for (String simple : classes) {
      Matcher declaration =
          Pattern.compile("\\b(class|record)\\s+" + Pattern.quote(simple) + "\\b").matcher(source);
      if (declaration.find()
          && GUARD_TAG.matcher(annotationsBefore(source, declaration.start())).find()) {
        return true;
      }
    }
    int method = position(className, reportedName);
    return method != Integer.MAX_VALUE
        && GUARD_TAG.matcher(annotationsBefore(source, method)).find();
  }

  /** The text from the end of the previous declaration or statement up to {@code end}. */
  private static String annotationsBefore(String source, int end) {
    int start = end;
    while (start > 0 && ";{}".indexOf(source.charAt(start - 1)) < 0) {
      start--;
    }
    return source.substring(start, end);
  }

  private String source(String outerClass) {
    return sources.computeIfAbsent(
        outerClass,
        name -> {
          Path file = testSources.resolve(name.replace('.', '/') + ".java");
          try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
          } catch (IOException e) {
            return "";
          }
        });
  }

  private static String outerClass(String className) {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }
}
