package dev.roadmapkit.kitcheck;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the tests in compiled test classes by their annotations, independently of any test engine:
 * Jupiter ({@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory},
 * {@code @TestTemplate}), jqwik ({@code @Property}, {@code @Example}) and ArchUnit
 * ({@code @ArchTest} fields and methods). Comparing this list with what ran catches an engine that
 * silently runs nothing (DESIGN.md, invariant 6).
 */
public final class TestDiscovery {

  private static final Set<String> TEST_ANNOTATIONS =
      Set.of(
          "org.junit.jupiter.api.Test",
          "org.junit.jupiter.api.TestTemplate",
          "org.junit.jupiter.api.TestFactory",
          "net.jqwik.api.Property",
          "net.jqwik.api.Example");
  private static final String ARCH_TEST = "com.tngtech.archunit.junit.ArchTest";
  private static final String ANALYZE_CLASSES = "com.tngtech.archunit.junit.AnalyzeClasses";
  private static final Set<String> NESTED =
      Set.of("org.junit.jupiter.api.Nested", "net.jqwik.api.Group");
  private static final String GUARD = "guard";

  private TestDiscovery() {}

  /**
   * The tests of the top-level classes among {@code classNames}, loaded (not initialised) from
   * {@code loader}.
   */
  public static List<DiscoveredTest> discover(ClassLoader loader, List<String> classNames) {
    Map<TestKey, DiscoveredTest> tests = new LinkedHashMap<>();
    for (String name : classNames) {
      if (name.contains("$")) {
        continue; // nested classes are reached from their outer class, as the engines do
      }
      Class<?> type = load(loader, name);
      collect(type, false, tests);
    }
    return List.copyOf(tests.values());
  }

  private static void collect(
      Class<?> type, boolean outerGuard, Map<TestKey, DiscoveredTest> tests) {
    if (type.isInterface()
        || type.isAnnotation()
        || type.isEnum()
        || Modifier.isAbstract(type.getModifiers())) {
      return;
    }
    boolean classGuard = outerGuard || isGuard(type);
    boolean archUnit = hasAnnotation(type, ANALYZE_CLASSES);
    for (Method method : allMethods(type)) {
      if (isTest(method) || (archUnit && hasAnnotation(method, ARCH_TEST))) {
        TestKey key = new TestKey(type.getName(), method.getName());
        tests.putIfAbsent(
            key, new DiscoveredTest(key, classGuard || isGuard(method), label(method)));
      }
    }
    if (archUnit) {
      for (Field field : allFields(type)) {
        if (hasAnnotation(field, ARCH_TEST)) {
          TestKey key = new TestKey(type.getName(), field.getName());
          tests.putIfAbsent(key, new DiscoveredTest(key, classGuard || isGuard(field)));
        }
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (!Modifier.isStatic(nested.getModifiers())
          && NESTED.stream().anyMatch(a -> hasAnnotation(nested, a))) {
        collect(nested, classGuard, tests);
      }
    }
  }

  private static boolean isTest(Method method) {
    if (method.isSynthetic() || method.isBridge()) {
      return false;
    }
    for (Annotation annotation : method.getAnnotations()) {
      if (isOrIsAnnotatedWith(annotation.annotationType(), TEST_ANNOTATIONS, new HashSet<>())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrIsAnnotatedWith(
      Class<? extends Annotation> type, Set<String> names, Set<Class<?>> seen) {
    if (names.contains(type.getName())) {
      return true;
    }
    if (!seen.add(type) || type.getName().startsWith("java.lang.annotation.")) {
      return false;
    }
    for (Annotation meta : type.getAnnotations()) {
      if (isOrIsAnnotatedWith(meta.annotationType(), names, seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnnotation(AnnotatedElement element, String name) {
    for (Annotation annotation : element.getAnnotations()) {
      if (isOrIsAnnotatedWith(annotation.annotationType(), Set.of(name), new HashSet<>())) {
        return true;
      }
    }
    return false;
  }

  /** Tagged {@code guard} with Jupiter's or jqwik's {@code @Tag}, directly or repeated. */
  static boolean isGuard(AnnotatedElement element) {
    for (Annotation annotation : element.getAnnotations()) {
      String type = annotation.annotationType().getName();
      if (type.equals("org.junit.jupiter.api.Tag") || type.equals("net.jqwik.api.Tag")) {
        if (GUARD.equals(value(annotation))) {
          return true;
        }
      } else if (type.equals("org.junit.jupiter.api.Tags") || type.equals("net.jqwik.api.Tags")) {
        Object tags = valueObject(annotation);
        if (tags instanceof Annotation[] array) {
          for (Annotation tag : array) {
            if (GUARD.equals(value(tag))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** jqwik's {@code @Label} of a property, which Surefire reports as the test's name. */
  private static java.util.Optional<String> label(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().getName().equals("net.jqwik.api.Label")) {
        String value = value(annotation);
        return value.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(value);
      }
    }
    return java.util.Optional.empty();
  }

  private static String value(Annotation annotation) {
    Object value = valueObject(annotation);
    return value instanceof String text ? text.strip() : "";
  }

  private static Object valueObject(Annotation annotation) {
    try {
      return annotation.annotationType().getMethod("value").invoke(annotation);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /**
   * Methods of the class, its superclasses and its interfaces (default methods), most specific
   * first.
   */
  private static List<Method> allMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(c);
    }
    for (int i = 0; i < hierarchy.size(); i++) {
      for (Class<?> iface : hierarchy.get(i).getInterfaces()) {
        addInterfaces(iface, hierarchy);
      }
    }
    for (Class<?> c : hierarchy) {
      for (Method method : c.getDeclaredMethods()) {
        String signature = method.getName() + java.util.Arrays.toString(method.getParameterTypes());
        if (!Modifier.isPrivate(method.getModifiers()) && seen.add(signature)) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  private static void addInterfaces(Class<?> iface, List<Class<?>> hierarchy) {
    if (!hierarchy.contains(iface)) {
      hierarchy.add(iface);
      for (Class<?> parent : iface.getInterfaces()) {
        addInterfaces(parent, hierarchy);
      }
    }
  }

  private static List<Field> allFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(List.of(c.getDeclaredFields()));
    }
    return fields;
  }

  private static Class<?> load(ClassLoader loader, String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new KitCheckException("Cannot load test class " + name + ": " + e, e);
    }
  }
}
