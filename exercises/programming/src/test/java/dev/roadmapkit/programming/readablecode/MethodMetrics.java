package dev.roadmapkit.programming.readablecode;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the methods of the learner's source files with JavaParser: the lines of each body, how
 * deep its control structures nest, its cyclomatic complexity, its boolean parameters and the
 * number literals in it.
 */
final class MethodMetrics {

  /** One method or constructor, measured. */
  record Measured(
      String file,
      String signature,
      int line,
      int bodyLines,
      int nesting,
      int deepestLine,
      int complexity,
      List<String> flagParameters,
      List<String> magicNumbers) {

    String where() {
      return file + ": " + signature + " at line " + line;
    }
  }

  private static final int MAX_NUMBERS_SHOWN = 8;

  private MethodMetrics() {}

  /**
   * The directory holding the source of {@code anchor}'s package, found from where its class was
   * loaded: {@code <module>/target/classes} in Maven, {@code <dir>/target/roadmap-classes} in the
   * roadmap CLI, so the module's {@code src/main/java} is two levels up. The working directory is
   * the fallback (an IDE that compiles elsewhere).
   */
  static Path packageSources(Class<?> anchor) {
    String relative = "src/main/java/" + anchor.getPackageName().replace('.', '/');
    String file = anchor.getSimpleName() + ".java";
    List<Path> roots = new ArrayList<>();
    classLocation(anchor)
        .ifPresent(
            classes -> {
              for (Path dir = classes; dir != null && roots.size() < 4; dir = dir.getParent()) {
                roots.add(dir);
              }
            });
    Path workingDir = Path.of("").toAbsolutePath();
    roots.add(workingDir);
    roots.add(workingDir.resolve("exercises/programming"));
    for (Path root : roots) {
      Path dir = root.resolve(relative);
      if (Files.isRegularFile(dir.resolve(file))) {
        return dir;
      }
    }
    throw new AssertionError(
        "cannot find "
            + file
            + " to measure it: looked for "
            + relative
            + "/"
            + file
            + " under "
            + roots
            + ". Run the tests from the module's directory (or through ./mvnw)");
  }

  private static Optional<Path> classLocation(Class<?> anchor) {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Every method and constructor of every source file in {@code dir}, measured. */
  static List<Measured> measureAll(Path dir) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".java"))
              .filter(p -> !p.getFileName().toString().equals("package-info.java"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new AssertionError("cannot list " + dir + ": " + e.getMessage(), e);
    }
    List<Measured> all = new ArrayList<>();
    for (Path file : files) {
      all.addAll(measure(file));
    }
    return all;
  }

  /** Every method and constructor in one source file, measured. */
  static List<Measured> measure(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
    }
    ParserConfiguration configuration =
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    ParseResult<CompilationUnit> parsed = new JavaParser(configuration).parse(text);
    CompilationUnit unit =
        parsed
            .getResult()
            .filter(u -> parsed.isSuccessful())
            .orElseThrow(
                () ->
                    new AssertionError(
                        "cannot parse " + file.getFileName() + ": " + parsed.getProblems()));
    String name = file.getFileName().toString();
    List<Measured> measured = new ArrayList<>();
    for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
      body(callable).ifPresent(body -> measured.add(measure(name, callable, body)));
    }
    return measured;
  }

  private static Optional<BlockStmt> body(CallableDeclaration<?> callable) {
    if (callable instanceof MethodDeclaration method) {
      return method.getBody();
    }
    return Optional.of(((ConstructorDeclaration) callable).getBody());
  }

  private static Measured measure(String file, CallableDeclaration<?> callable, BlockStmt body) {
    int[] deepest = {0, callable.getName().getBegin().map(p -> p.line).orElse(0)};
    nesting(body, 0, deepest);
    return new Measured(
        file,
        signature(callable),
        callable.getName().getBegin().map(p -> p.line).orElse(0),
        bodyLines(body),
        deepest[0],
        deepest[1],
        complexity(callable),
        flagParameters(callable),
        magicNumbers(callable));
  }

  private static String signature(CallableDeclaration<?> callable) {
    String kind = callable instanceof ConstructorDeclaration ? "constructor " : "method ";
    return kind
        + callable.getNameAsString()
        + callable.getParameters().stream()
            .map(p -> p.getType().asString())
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** The lines holding code between the body's braces; blank and comment-only lines not counted. */
  private static int bodyLines(BlockStmt body) {
    Set<Integer> lines = new TreeSet<>();
    List<JavaToken> tokens = new ArrayList<>();
    body.getTokenRange().ifPresent(range -> range.forEach(tokens::add));
    for (int i = 1; i < tokens.size() - 1; i++) {
      JavaToken token = tokens.get(i);
      if (!token.getCategory().isWhitespaceOrComment()) {
        token.getRange().ifPresent(r -> lines.add(r.begin.line));
      }
    }
    return lines.size();
  }

  private static boolean nests(Node node) {
    return node instanceof IfStmt
        || node instanceof ForStmt
        || node instanceof ForEachStmt
        || node instanceof WhileStmt
        || node instanceof DoStmt
        || node instanceof SwitchStmt
        || node instanceof SwitchExpr
        || node instanceof TryStmt
        || node instanceof SynchronizedStmt;
  }

  /** An {@code else if}: on the level of the {@code if} it continues. */
  private static boolean isElseIf(Node node) {
    return node instanceof IfStmt
        && node.getParentNode()
            .filter(IfStmt.class::isInstance)
            .map(IfStmt.class::cast)
            .flatMap(IfStmt::getElseStmt)
            .filter(e -> e == node)
            .isPresent();
  }

  private static boolean ownScope(Node node) {
    return node instanceof BodyDeclaration
        || node instanceof LocalClassDeclarationStmt
        || node instanceof LocalRecordDeclarationStmt;
  }

  private static void nesting(Node node, int depth, int[] deepest) {
    int level = depth;
    if (nests(node) && !isElseIf(node)) {
      level = depth + 1;
      if (level > deepest[0]) {
        deepest[0] = level;
        deepest[1] = node.getBegin().map(p -> p.line).orElse(0);
      }
    }
    for (Node child : node.getChildNodes()) {
      if (!ownScope(child)) {
        nesting(child, level, deepest);
      }
    }
  }

  /** The nodes that belong to this callable, not to a class declared inside it. */
  private static <T extends Node> List<T> owned(CallableDeclaration<?> callable, Class<T> type) {
    return callable.findAll(type).stream()
        .filter(n -> n.findAncestor(CallableDeclaration.class).orElse(null) == callable)
        .toList();
  }

  private static int complexity(CallableDeclaration<?> callable) {
    int decisions =
        owned(callable, IfStmt.class).size()
            + owned(callable, ForStmt.class).size()
            + owned(callable, ForEachStmt.class).size()
            + owned(callable, WhileStmt.class).size()
            + owned(callable, DoStmt.class).size()
            + owned(callable, CatchClause.class).size()
            + owned(callable, ConditionalExpr.class).size();
    for (BinaryExpr binary : owned(callable, BinaryExpr.class)) {
      if (binary.getOperator() == BinaryExpr.Operator.AND
          || binary.getOperator() == BinaryExpr.Operator.OR) {
        decisions++;
      }
    }
    for (SwitchEntry entry : owned(callable, SwitchEntry.class)) {
      decisions += entry.getLabels().size();
    }
    return 1 + decisions;
  }

  private static List<String> flagParameters(CallableDeclaration<?> callable) {
    List<String> flags = new ArrayList<>();
    for (Parameter parameter : callable.getParameters()) {
      boolean primitive =
          parameter.getType() instanceof PrimitiveType primitiveType
              && primitiveType.getType() == PrimitiveType.Primitive.BOOLEAN;
      boolean boxed =
          parameter.getType() instanceof ClassOrInterfaceType boxedType
              && boxedType.getNameAsString().equals("Boolean");
      if (primitive || boxed) {
        flags.add(parameter.getNameAsString());
      }
    }
    return flags;
  }

  private static List<String> magicNumbers(CallableDeclaration<?> callable) {
    List<String> numbers = new ArrayList<>();
    for (Node literal : numberLiterals(callable)) {
      if (literal.findAncestor(AnnotationExpr.class).isEmpty() && !zeroOrOne(literal)) {
        numbers.add(literal + " (line " + literal.getBegin().map(p -> p.line).orElse(0) + ")");
      }
    }
    return numbers;
  }

  private static List<Node> numberLiterals(CallableDeclaration<?> callable) {
    List<Node> literals = new ArrayList<>();
    literals.addAll(owned(callable, IntegerLiteralExpr.class));
    literals.addAll(owned(callable, LongLiteralExpr.class));
    literals.addAll(owned(callable, DoubleLiteralExpr.class));
    literals.sort(
        (a, b) ->
            Integer.compare(
                a.getBegin().map(p -> p.line).orElse(0), b.getBegin().map(p -> p.line).orElse(0)));
    return literals;
  }

  private static boolean zeroOrOne(Node literal) {
    double value;
    if (literal instanceof IntegerLiteralExpr integer) {
      value = integer.asNumber().doubleValue();
    } else if (literal instanceof LongLiteralExpr longLiteral) {
      value = longLiteral.asNumber().doubleValue();
    } else {
      value = ((DoubleLiteralExpr) literal).asDouble();
    }
    return value == 0 || value == 1;
  }
}
