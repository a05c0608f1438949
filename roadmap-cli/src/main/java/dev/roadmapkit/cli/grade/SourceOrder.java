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
 * Orders a module's reported tests as they appear in their source files (what a learner reads top
 * to bottom, and what Exercism's results format asks for), not in the order they ran, which the kit
 * build randomises. A test whose source or method is not found goes last, in report order.
 */
final class SourceOrder {

  private final Path testSources;
  private final Map<String, String> sources = new HashMap<>();

  /**
   * @param module the module directory, holding {@code src/test/java}
   */
  SourceOrder(Path module) {
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
