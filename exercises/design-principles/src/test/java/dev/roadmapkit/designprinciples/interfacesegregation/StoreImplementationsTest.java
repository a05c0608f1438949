package dev.roadmapkit.designprinciples.interfacesegregation;

import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What ArchUnit cannot see: which methods really work. For every store, every method of every
 * interface it implements is called by reflection with ordinary arguments; none may throw, least of
 * all {@link UnsupportedOperationException}.
 */
@DisplayName("design-principles/interface-segregation: every store supports its whole interface")
class StoreImplementationsTest {

  static Stream<Arguments> stores() {
    return Stream.of(
        Arguments.of("InMemoryStore", new InMemoryStore()),
        Arguments.of("ReadOnlyArchive", new ReadOnlyArchive(Map.of("doc-1", "hello"))),
        Arguments.of("CdnBucket", new CdnBucket(URI.create("https://cdn.example.com/docs/"))));
  }

  @ParameterizedTest(name = "{0} supports every method of its interfaces")
  @MethodSource("stores")
  @DisplayName("no store throws from a method of an interface it implements")
  void everyMethodWorks(String name, Object store) throws IllegalAccessException {
    List<String> unsupported = new ArrayList<>();
    for (Method method : interfaceMethods(store.getClass())) {
      try {
        method.setAccessible(true);
        method.invoke(store, arguments(method));
      } catch (InvocationTargetException e) {
        Throwable thrown = e.getCause();
        unsupported.add(
            method.getDeclaringClass().getSimpleName()
                + "."
                + method.getName()
                + " throws "
                + thrown.getClass().getSimpleName()
                + (thrown.getMessage() == null ? "" : " (\"" + thrown.getMessage() + "\")"));
      }
    }
    if (!unsupported.isEmpty()) {
      fail(
          name
              + " implements methods it cannot do:\n  "
              + String.join("\n  ", unsupported)
              + "\nA caller holding the interface cannot know which calls are safe (interface"
              + " segregation). Split the interface into role interfaces and let "
              + name
              + " implement only the roles it fully supports.");
    }
  }

  /** The abstract methods of every interface the class implements, directly or inherited. */
  private static Set<Method> interfaceMethods(Class<?> type) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      collectInterfaces(c, interfaces);
    }
    Set<Method> methods = new LinkedHashSet<>();
    for (Class<?> iface : interfaces) {
      for (Method method : iface.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers())) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  private static void collectInterfaces(Class<?> type, Set<Class<?>> into) {
    for (Class<?> iface : type.getInterfaces()) {
      if (into.add(iface)) {
        collectInterfaces(iface, into);
      }
    }
  }

  /** Ordinary arguments: the id "doc-1" and the content "new content". */
  private static Object[] arguments(Method method) {
    Object[] arguments = new Object[method.getParameterCount()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = i == 0 ? "doc-1" : "new content";
    }
    return arguments;
  }
}
