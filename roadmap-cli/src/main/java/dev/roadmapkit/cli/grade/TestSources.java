package dev.roadmapkit.cli.grade;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the test sources of a module say about a reported test: where it is declared, to list tests
 * as they appear in their files (what a learner reads top to bottom, and what Exercism's results
 * format asks for) rather than in the order they ran; and whether it is a guard
 * ({@code @Tag("guard")} on the method or a class around it), which protects behaviour and earns no
 * points by itself. The sources are read as text, as the Classroom step does ({@link
 * ClassroomResult}): the graded repository's classes need not load here. Each file is read once.
 */
final class TestSources {

  private final Path module;
  private final Map<String, String> sources = new HashMap<>();

  /**
   * @param module the module directory, holding {@code src/test/java}
   */
  TestSources(Path module) {
    this.module = module;
  }

  /**
   * Where a test method is declared in its class's file.
   *
   * @param className the reported class, nested classes as {@code Outer$Inner}
   * @param reportedName the reported name: {@code method}, {@code method(Type)[2]} or a label
   * @return the offset of the declaration, or {@link Integer#MAX_VALUE} when not found
   */
  int position(String className, String reportedName) {
    return ClassroomResult.position(source(className), reportedName);
  }

  /**
   * Whether a test is a guard: tagged {@code guard} on its method, its class or a class around it.
   *
   * @param className the reported class, nested classes as {@code Outer$Inner}
   * @param reportedName the reported name
   * @return true for a guard; false also when its source is not found
   */
  boolean isGuard(String className, String reportedName) {
    return ClassroomResult.isGuard(source(className), className, reportedName);
  }

  private String source(String className) {
    return sources.computeIfAbsent(
        ClassroomResult.outer(className), name -> ClassroomResult.source(module, name));
  }
}
