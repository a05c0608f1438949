package dev.roadmapkit.support.grading;

import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;

/**
 * Finds the learner's tests that cannot fail, from their attributed source: a test that asserts
 * nothing (no call of an assertion library, no {@code throw}, directly or through the learner's own
 * methods) fails only when the code under test throws; a test that catches {@code Throwable},
 * {@code Error} or {@code AssertionError} and neither rethrows nor asserts in the handler swallows
 * its own failures. Either counts for no bug.
 */
final class TestStrength {

  /** Why a test cannot fail, in the learner's words. */
  enum Weakness {
    NO_ASSERTION("has no assertion, so it fails only when the code throws"),
    SWALLOWS_FAILURES("catches the assertion errors it should let through");

    private final String words;

    Weakness(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }
  }

  private static final Set<String> TEST_ANNOTATIONS =
      Set.of(
          "org.junit.jupiter.api.Test",
          "org.junit.jupiter.params.ParameterizedTest",
          "org.junit.jupiter.api.RepeatedTest",
          "org.junit.jupiter.api.TestFactory",
          "org.junit.jupiter.api.TestTemplate",
          "net.jqwik.api.Property",
          "net.jqwik.api.Example");

  private static final Set<String> SWALLOWED_TYPES =
      Set.of(
          "java.lang.Throwable",
          "java.lang.Error",
          "java.lang.AssertionError",
          "org.opentest4j.AssertionFailedError",
          "org.opentest4j.MultipleFailuresError");

  private TestStrength() {}

  /**
   * What the learner's sources do that the grading cares about.
   *
   * @param weakTests the tests that cannot fail, by {@code binaryClassName#method}, with why
   * @param forbiddenUses each call of a forbidden method: {@code File.java:line calls Owner.method}
   *     and the reason, in source order
   */
  record Analysis(Map<String, Weakness> weakTests, List<String> forbiddenUses) {}

  /** Whether a call of {@code owner.method} checks something, so that a test can fail on it. */
  static boolean isAssertion(String owner, String method) {
    if (owner.startsWith("org.assertj.")
        || owner.equals("org.junit.jupiter.api.Assertions")
        || owner.equals("org.junit.Assert")
        || owner.equals("org.hamcrest.MatcherAssert")
        || owner.startsWith("org.awaitility.")) {
      return true;
    }
    if (owner.equals("org.mockito.Mockito") || owner.equals("org.mockito.InOrder")) {
      return method.startsWith("verify");
    }
    if (owner.equals("org.mockito.BDDMockito")) {
      return method.equals("then");
    }
    return false;
  }

  /**
   * The weak tests of some compilation units, by {@code binaryClassName#method}, and their calls of
   * forbidden methods.
   *
   * @param trees the trees of the task that attributed the units
   * @param units the learner's compilation units, attributed
   * @param binaryName the binary name of a type element
   * @param forbidden reasons by {@code qualified.Owner#method}: calls the learner must not make
   * @return every weak test with why (tests that can fail are absent), and the forbidden calls
   */
  static Analysis analyse(
      Trees trees,
      Iterable<? extends CompilationUnitTree> units,
      java.util.function.Function<TypeElement, String> binaryName,
      Map<String, String> forbidden) {
    Scanner scanner = new Scanner(trees, binaryName, forbidden);
    for (CompilationUnitTree unit : units) {
      scanner.scan(new TreePath(unit), null);
    }
    Map<String, Weakness> weak = new LinkedHashMap<>();
    for (Map.Entry<String, MethodFacts> entry : scanner.methods.entrySet()) {
      MethodFacts facts = entry.getValue();
      if (!facts.test) {
        continue;
      }
      if (reaches(scanner.methods, entry.getKey(), f -> f.swallows)) {
        weak.put(entry.getKey(), Weakness.SWALLOWS_FAILURES);
      } else if (!facts.returnsBoolean
          && !reaches(scanner.methods, entry.getKey(), f -> f.asserts)) {
        weak.put(entry.getKey(), Weakness.NO_ASSERTION);
      }
    }
    return new Analysis(weak, List.copyOf(scanner.forbiddenUses));
  }

  private static boolean reaches(
      Map<String, MethodFacts> methods,
      String start,
      java.util.function.Predicate<MethodFacts> property) {
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String key = todo.pop();
      MethodFacts facts = methods.get(key);
      if (facts == null || !seen.add(key)) {
        continue;
      }
      if (property.test(facts)) {
        return true;
      }
      todo.addAll(facts.calls);
    }
    return false;
  }

  /** What one method of the learner's does. */
  private static final class MethodFacts {
    boolean test;
    boolean returnsBoolean;
    boolean asserts;
    boolean swallows;
    final Set<String> calls = new HashSet<>();
  }

  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final java.util.function.Function<TypeElement, String> binaryName;
    final Map<String, MethodFacts> methods = new HashMap<>();
    private final Deque<String> current = new ArrayDeque<>();
    private final Deque<TypeElement> types = new ArrayDeque<>();
    private final Map<String, String> forbidden;
    final List<String> forbiddenUses = new java.util.ArrayList<>();

    Scanner(
        Trees trees,
        java.util.function.Function<TypeElement, String> binaryName,
        Map<String, String> forbidden) {
      this.trees = trees;
      this.binaryName = binaryName;
      this.forbidden = forbidden;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      Element element = trees.getElement(getCurrentPath());
      if (element instanceof TypeElement type) {
        types.push(type);
        try {
          return super.visitClass(tree, unused);
        } finally {
          types.pop();
        }
      }
      return super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      Element element = trees.getElement(getCurrentPath());
      if (!(element instanceof ExecutableElement method) || types.isEmpty()) {
        return super.visitMethod(tree, unused);
      }
      String key = binaryName.apply(types.peek()) + "#" + method.getSimpleName();
      MethodFacts facts = methods.computeIfAbsent(key, k -> new MethodFacts());
      for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
        Element type = annotation.getAnnotationType().asElement();
        if (type instanceof TypeElement t
            && TEST_ANNOTATIONS.contains(t.getQualifiedName().toString())) {
          facts.test = true;
        }
      }
      TypeMirror returns = method.getReturnType();
      facts.returnsBoolean =
          returns.getKind() == TypeKind.BOOLEAN || returns.toString().equals("java.lang.Boolean");
      if (!current.isEmpty()) {
        // a method of a local or anonymous class: whoever declares it presumably calls it
        methods.get(current.peek()).calls.add(key);
      }
      current.push(key);
      try {
        return super.visitMethod(tree, unused);
      } finally {
        current.pop();
      }
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      called(trees.getElement(getCurrentPath()));
      return super.visitMethodInvocation(tree, unused);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      called(trees.getElement(getCurrentPath()));
      return super.visitMemberReference(tree, unused);
    }

    @Override
    public Void visitThrow(ThrowTree tree, Void unused) {
      if (!current.isEmpty()) {
        methods.get(current.peek()).asserts = true;
      }
      return super.visitThrow(tree, unused);
    }

    @Override
    public Void visitCatch(CatchTree tree, Void unused) {
      if (!current.isEmpty() && catchesFailures(tree) && !rethrowsOrAsserts(tree)) {
        methods.get(current.peek()).swallows = true;
      }
      return super.visitCatch(tree, unused);
    }

    private boolean catchesFailures(CatchTree tree) {
      Element parameter = trees.getElement(new TreePath(getCurrentPath(), tree.getParameter()));
      if (parameter == null) {
        return false;
      }
      TypeMirror type = parameter.asType();
      List<? extends TypeMirror> alternatives =
          type instanceof UnionType union ? union.getAlternatives() : List.of(type);
      for (TypeMirror alternative : alternatives) {
        if (SWALLOWED_TYPES.contains(erasedName(alternative))) {
          return true;
        }
      }
      return false;
    }

    private boolean rethrowsOrAsserts(CatchTree tree) {
      boolean[] found = {false};
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitThrow(ThrowTree node, Void unused) {
          found[0] = true;
          return null;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
          Element element = trees.getElement(getCurrentPath());
          if (element instanceof ExecutableElement method
              && method.getEnclosingElement() instanceof TypeElement owner
              && isAssertion(
                  owner.getQualifiedName().toString(), method.getSimpleName().toString())) {
            found[0] = true;
          }
          return super.visitMethodInvocation(node, unused);
        }
      }.scan(new TreePath(getCurrentPath(), tree.getBlock()), null);
      return found[0];
    }

    private void called(Element element) {
      if (!(element instanceof ExecutableElement method)
          || !(method.getEnclosingElement() instanceof TypeElement owner)) {
        return;
      }
      String called = owner.getQualifiedName() + "#" + method.getSimpleName();
      String reason = forbidden.get(called);
      if (reason == null && method.getParameters().isEmpty()) {
        reason = forbidden.get(called + "()"); // the overload without parameters only
      }
      if (reason != null) {
        CompilationUnitTree unit = getCurrentPath().getCompilationUnit();
        long line =
            unit.getLineMap()
                .getLineNumber(
                    trees.getSourcePositions().getStartPosition(unit, getCurrentPath().getLeaf()));
        String file = unit.getSourceFile().getName();
        forbiddenUses.add(
            file.substring(file.lastIndexOf('/') + 1)
                + ":"
                + line
                + " calls "
                + owner.getSimpleName()
                + "."
                + method.getSimpleName()
                + ": "
                + reason);
      }
      if (current.isEmpty()) {
        return;
      }
      MethodFacts facts = methods.get(current.peek());
      if (isAssertion(owner.getQualifiedName().toString(), method.getSimpleName().toString())) {
        facts.asserts = true;
      } else {
        facts.calls.add(binaryName.apply(owner) + "#" + method.getSimpleName());
      }
    }

    private static String erasedName(TypeMirror type) {
      String name = type.toString();
      int generic = name.indexOf('<');
      return generic < 0 ? name : name.substring(0, generic);
    }
  }
}
