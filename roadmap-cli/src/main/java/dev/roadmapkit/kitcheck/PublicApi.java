package dev.roadmapkit.kitcheck;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public API of compiled classes, as lines of text: every public type with its kind, supertypes
 * and permitted subclasses, and every public or protected constructor, method and field with its
 * generic signature. Two sets of lines that are equal mean the same tests compile against both
 * (DESIGN.md, invariant 3).
 */
public final class PublicApi {

  private PublicApi() {}

  /** The API lines of {@code classNames} loaded from {@code loader}, sorted. */
  public static Set<String> of(ClassLoader loader, List<String> classNames) {
    Set<String> lines = new TreeSet<>();
    for (String name : classNames) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new KitCheckException("Cannot load " + name + ": " + e, e);
      }
      if (type.isSynthetic()
          || type.isAnonymousClass()
          || type.isLocalClass()
          || !isVisible(type)) {
        continue;
      }
      lines.add(describe(type));
      String owner = type.getName();
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (isApi(constructor.getModifiers()) && !constructor.isSynthetic()) {
          lines.add(owner + " " + constructor.toGenericString());
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (isApi(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
          lines.add(owner + " " + method.toGenericString());
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (isApi(field.getModifiers()) && !field.isSynthetic()) {
          lines.add(owner + " " + field.toGenericString());
        }
      }
    }
    return lines;
  }

  /** Public, and nested only in public types: what code in another package can use. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String describe(Class<?> type) {
    StringBuilder line = new StringBuilder(type.toGenericString());
    if (type.getGenericSuperclass() != null
        && type.getSuperclass() != Object.class
        && !type.isEnum()
        && !type.isRecord()) {
      line.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      line.append(" implements ")
          .append(
              Arrays.stream(type.getGenericInterfaces())
                  .map(java.lang.reflect.Type::getTypeName)
                  .collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      List<String> permitted = new ArrayList<>();
      for (Class<?> sub : type.getPermittedSubclasses()) {
        permitted.add(sub.getName());
      }
      permitted.sort(null);
      line.append(" permits ").append(String.join(", ", permitted));
    }
    return line.toString();
  }
}
