package dev.roadmapkit.cli.runner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles the learner's sources with the JDK's compiler, in process, against one module's class
 * path. The classes go to a directory of their own rather than memory, so that tools that scan
 * class directories (ArchUnit) find them. One instance is kept per module, so that the compiler's
 * file manager keeps the class path's jars open and indexed between compilations.
 */
final class SourceCompiler implements AutoCloseable {

  /**
   * As the learner build compiles: for Java 17 (the root pom's {@code maven.compiler.release}), so
   * that code using a newer Java's API fails here as it would in Maven. On a Java 17 runtime that
   * is the default already, and {@code --release} would only cost time (reading {@code ct.sym}).
   */
  private static final List<String> OPTIONS = options(Runtime.version().feature() > 17);

  private static List<String> options(boolean release) {
    List<String> options = new ArrayList<>();
    if (release) {
      options.addAll(List.of("--release", "17"));
    }
    options.addAll(
        List.of("-proc:none", "-g", "-parameters", "-nowarn", "-Xlint:none", "-encoding", "UTF-8"));
    return List.copyOf(options);
  }

  /** Imports that the JDK and the kit's own sources can satisfy without any jar. */
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  /** Error codes that an absent jar causes: retried with the whole class path. */
  private static final Set<String> MISSING_TYPE_CODES =
      Set.of(
          "compiler.err.doesnt.exist",
          "compiler.err.cant.resolve",
          "compiler.err.cant.resolve.location",
          "compiler.err.cant.resolve.location.args",
          "compiler.err.cant.access",
          "compiler.err.class.public.should.be.in.file");

  private final JavaCompiler compiler;
  private final StandardJavaFileManager files;
  private final StandardJavaFileManager jdkOnly;

  /**
   * @param classpath the module's dependencies
   * @throws BuildException if this Java runtime has no compiler (a JRE, not a JDK)
   */
  SourceCompiler(List<Path> classpath) {
    compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new BuildException(
          "this Java runtime has no compiler: run ./roadmap with a JDK 17 or newer (JAVA_HOME)");
    }
    files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    jdkOnly = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
      jdkOnly.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
    } catch (IOException e) {
      throw new BuildException("cannot use the module's class path: " + e.getMessage(), e);
    }
  }

  /**
   * Compiles {@code sources} into {@code outputDir}, which is emptied first; types they use from
   * other files under {@code sourceRoot} are compiled too.
   *
   * @return the errors; empty when the sources compiled
   */
  List<CompileError> compile(Path sourceRoot, List<Path> sources, Path outputDir) {
    // Most exercises use the JDK only. Compiled against no jar at all, javac need not open the
    // dozens of jars of the test class path: a cold compilation takes a third less. A type it
    // then misses (a fully qualified name, say) makes it compile again with everything.
    if (importsOnlyJdkAndKit(sources)) {
      List<CompileError> errors = compileWith(jdkOnly, sourceRoot, sources, outputDir);
      if (errors.stream().noneMatch(error -> MISSING_TYPE_CODES.contains(error.code()))) {
        return errors;
      }
    }
    return compileWith(files, sourceRoot, sources, outputDir);
  }

  private List<CompileError> compileWith(
      StandardJavaFileManager manager, Path sourceRoot, List<Path> sources, Path outputDir) {
    try {
      emptyDirectory(outputDir);
      manager.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of(sourceRoot));
      manager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(outputDir));
    } catch (IOException e) {
      throw new BuildException("cannot compile into " + outputDir + " (" + e.getMessage() + ")", e);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(sources);
    boolean ok = compiler.getTask(null, manager, diagnostics, OPTIONS, null, units).call();
    List<CompileError> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(error(diagnostic));
      }
    }
    if (!ok && errors.isEmpty()) {
      errors.add(
          new CompileError(sourceRoot, 0, 0, "the compiler failed without a message", "", ""));
    }
    return errors;
  }

  /** Whether every import of the sources names a JDK package or one of the kit's own. */
  private static boolean importsOnlyJdkAndKit(List<Path> sources) {
    for (Path source : sources) {
      String text;
      try {
        text = Files.readString(source, StandardCharsets.UTF_8);
      } catch (IOException | java.io.UncheckedIOException e) {
        return false;
      }
      Matcher imports = IMPORT.matcher(text);
      while (imports.find()) {
        String name = imports.group(1);
        if (!name.startsWith("java.")
            && !name.startsWith("javax.")
            && !name.startsWith("dev.roadmapkit.")) {
          return false;
        }
      }
    }
    return true;
  }

  private static void emptyDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          if (!path.equals(dir)) {
            Files.delete(path);
          }
        }
      }
    }
    Files.createDirectories(dir);
  }

  /**
   * Compiles a class of a few lines and throws it away, so that the compiler's own classes are
   * loaded and its file manager has indexed the class path before the learner's code comes.
   */
  void warmUp() {
    warmUp(jdkOnly);
    warmUp(files);
  }

  private void warmUp(StandardJavaFileManager manager) {
    JavaFileObject source =
        new SimpleJavaFileObject(
            URI.create("string:///RoadmapWarmUp.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return "class RoadmapWarmUp { java.util.List<String> names = java.util.List.of(\"a\");"
                + " int size() { return names.size(); } }";
          }
        };
    JavaFileManager discard =
        new ForwardingJavaFileManager<StandardJavaFileManager>(manager) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("discard:///" + className), kind) {
              @Override
              public OutputStream openOutputStream() {
                return OutputStream.nullOutputStream();
              }
            };
          }
        };
    compiler.getTask(null, discard, diagnostic -> {}, OPTIONS, null, List.of(source)).call();
  }

  /** Every {@code .java} file under {@code dir}, sorted. */
  static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new BuildException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static CompileError error(Diagnostic<? extends JavaFileObject> diagnostic) {
    JavaFileObject source = diagnostic.getSource();
    Path file = source == null ? Path.of("?") : Path.of(source.toUri());
    long line = Math.max(0, diagnostic.getLineNumber());
    long column = Math.max(0, diagnostic.getColumnNumber());
    String text = "";
    if (source != null && line > 0) {
      try {
        text = Files.readAllLines(file, StandardCharsets.UTF_8).get((int) line - 1);
      } catch (IOException | IndexOutOfBoundsException e) {
        text = "";
      }
    }
    return new CompileError(
        file,
        line,
        column,
        diagnostic.getMessage(Locale.ROOT),
        text,
        diagnostic.getCode() == null ? "" : diagnostic.getCode());
  }

  @Override
  public void close() {
    try {
      jdkOnly.close();
      files.close();
    } catch (IOException e) {
      // nothing is written through the file manager; closing only releases the jars
    }
  }
}
