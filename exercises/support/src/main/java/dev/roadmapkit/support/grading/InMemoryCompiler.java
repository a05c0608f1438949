package dev.roadmapkit.support.grading;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory against a class path, with the JDK's own compiler: the learner's
 * tests, and the buggy variants of the code they test. The class files never touch the disk.
 */
final class InMemoryCompiler {

  /**
   * What a compilation gave.
   *
   * @param classes the class files by binary name; empty when it failed
   * @param errors the errors, {@code File.java:line: message} each
   * @param analysis the tests that cannot fail and the forbidden calls, when asked for (see {@link
   *     TestStrength})
   */
  record Result(Map<String, byte[]> classes, List<String> errors, TestStrength.Analysis analysis) {

    boolean compiled() {
      return errors.isEmpty();
    }
  }

  private static final TestStrength.Analysis NOTHING =
      new TestStrength.Analysis(Map.of(), List.of());

  private final List<Path> classPath;

  InMemoryCompiler(List<Path> classPath) {
    this.classPath = List.copyOf(classPath);
  }

  /**
   * Compiles.
   *
   * @param sources source text by file name ({@code PriceCalculatorTest.java}, say)
   * @param analyse whether to look for tests that cannot fail and forbidden calls
   * @param forbidden reasons by {@code qualified.Owner#method}, for the analysis
   * @return the classes, or the errors
   * @throws IllegalStateException if this Java runtime has no compiler (a JRE, not a JDK)
   */
  Result compile(Map<String, String> sources, boolean analyse, Map<String, String> forbidden) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException(
          "this Java runtime has no compiler: run the tests with a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    Map<String, ByteArrayOutputStream> output = new LinkedHashMap<>();
    try (MemoryFileManager files = new MemoryFileManager(standard, output)) {
      standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
      List<JavaFileObject> units = new ArrayList<>();
      sources.forEach((name, text) -> units.add(new SourceText(name, text)));
      List<String> options = List.of("-proc:none", "-g", "-encoding", "UTF-8", "-Xlint:none");
      StringWriter noise = new StringWriter();
      JavacTask task =
          (JavacTask) compiler.getTask(noise, files, diagnostics, options, null, units);
      Iterable<? extends CompilationUnitTree> parsed = task.parse();
      task.analyze();
      List<String> errors = errors(diagnostics);
      if (!errors.isEmpty()) {
        return new Result(Map.of(), errors, NOTHING);
      }
      TestStrength.Analysis analysis =
          analyse
              ? TestStrength.analyse(
                  Trees.instance(task),
                  parsed,
                  type -> task.getElements().getBinaryName(type).toString(),
                  forbidden)
              : NOTHING;
      task.generate();
      errors = errors(diagnostics);
      if (!errors.isEmpty()) {
        return new Result(Map.of(), errors, NOTHING);
      }
      Map<String, byte[]> classes = new LinkedHashMap<>();
      output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
      return new Result(classes, List.of(), analysis);
    } catch (IOException e) {
      return new Result(Map.of(), List.of("cannot compile: " + e.getMessage()), NOTHING);
    }
  }

  private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(
            d ->
                (d.getSource() == null
                        ? ""
                        : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                    + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
        .distinct()
        .collect(Collectors.toList());
  }

  /** A source file held as text; its name is what error messages show. */
  private static final class SourceText extends SimpleJavaFileObject {
    private final String name;
    private final String text;

    SourceText(String name, String text) {
      super(URI.create("memory:///" + name.replace('\\', '/')), Kind.SOURCE);
      this.name = name;
      this.text = text;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Keeps the class files the compiler writes. */
  private static final class MemoryFileManager
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, ByteArrayOutputStream> output;

    MemoryFileManager(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> output) {
      super(standard);
      this.output = output;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(
          URI.create("memory:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          output.put(className, bytes);
          return bytes;
        }
      };
    }
  }
}
