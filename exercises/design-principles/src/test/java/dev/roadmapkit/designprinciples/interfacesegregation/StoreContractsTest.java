package dev.roadmapkit.designprinciples.interfacesegregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Not throwing is not enough: a role a store implements must also do what it promises. A write that
 * is silently dropped, or a list that hides what the store can read, breaks every caller that
 * trusted the role, just as an "unsupported" exception does, only later and more quietly.
 */
@DisplayName("design-principles/interface-segregation: every role a store offers keeps its promise")
class StoreContractsTest {

  static Stream<Arguments> stores() {
    return Stream.of(
        Arguments.of("InMemoryStore", new InMemoryStore()),
        Arguments.of("ReadOnlyArchive", new ReadOnlyArchive(Map.of("doc-1", "hello"))),
        Arguments.of("CdnBucket", new CdnBucket(URI.create("https://cdn.example.com/docs/"))));
  }

  @ParameterizedTest(name = "{0}: what it writes can be read back, and its list shows it")
  @MethodSource("stores")
  @DisplayName("a store that offers writing keeps what is written; one that lists, lists it all")
  void rolesKeepTheirPromises(String name, Object store) throws IllegalAccessException {
    Method write = roleMethod(store, "write");
    Method read = roleMethod(store, "read");
    Method list = roleMethod(store, "list");
    if (write != null) {
      invoke(name, store, write, "doc-2", "fresh");
      if (read != null) {
        assertThat(invoke(name, store, read, "doc-2"))
            .as(
                "%s offers the writer role, so after write(\"doc-2\", \"fresh\") read(\"doc-2\")"
                    + " must give \"fresh\". A store that cannot keep a write must not offer the"
                    + " role at all: a write that is silently ignored loses the caller's data",
                name)
            .isEqualTo(Optional.of("fresh"));
      }
    }
    if (list != null && read != null) {
      Object listed = invoke(name, store, list);
      for (String id : List.of("doc-1", "doc-2")) {
        if (((Optional<?>) invoke(name, store, read, id)).isPresent()) {
          assertThat(List.copyOf((List<?>) listed).stream().map(Object::toString).toList())
              .as(
                  "%s offers the catalog role and can read \"%s\", so list() must show it. A"
                      + " store that cannot enumerate what it holds must not offer list() at all,"
                      + " not even answering with an empty list",
                  name, id)
              .contains(id);
        }
      }
    }
  }

  private static Object invoke(String name, Object store, Method method, Object... arguments)
      throws IllegalAccessException {
    try {
      method.setAccessible(true);
      return method.invoke(store, arguments);
    } catch (InvocationTargetException e) {
      return fail(
          name
              + "."
              + method.getName()
              + " threw "
              + e.getCause()
              + ": a store must support every method of every role it implements");
    }
  }

  /** The abstract method of that name in the interfaces the store implements, or null. */
  private static Method roleMethod(Object store, String methodName) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (Class<?> c = store.getClass(); c != null; c = c.getSuperclass()) {
      collectInterfaces(c, interfaces);
    }
    for (Class<?> iface : interfaces) {
      for (Method method : iface.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && method.getName().equals(methodName)) {
          return method;
        }
      }
    }
    return null;
  }

  private static void collectInterfaces(Class<?> type, Set<Class<?>> into) {
    for (Class<?> iface : type.getInterfaces()) {
      if (into.add(iface)) {
        collectInterfaces(iface, into);
      }
    }
  }
}
