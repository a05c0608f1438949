package dev.roadmapkit.kitcheck;

import java.util.Objects;

/**
 * One test as the kit counts it: a test method (or ArchUnit rule) of a concrete test class. A
 * parameterized test or a property is one test, however many invocations it has.
 *
 * @param className the binary name of the class it runs in, {@code Outer$Inner} for nested ones
 * @param name the method or field name
 */
public record TestKey(String className, String name) implements Comparable<TestKey> {

  public TestKey {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
  }

  /** The top-level class: nested test classes belong to the exercise of their outer class. */
  public String topLevelClassName() {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }

  /** {@code LruCacheTest.evictsOldest}, for messages. */
  public String shortName() {
    return className.substring(className.lastIndexOf('.') + 1) + "." + name;
  }

  @Override
  public int compareTo(TestKey other) {
    int byClass = className.compareTo(other.className);
    return byClass != 0 ? byClass : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return className + "#" + name;
  }
}
