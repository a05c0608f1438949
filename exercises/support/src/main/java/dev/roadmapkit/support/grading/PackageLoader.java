package dev.roadmapkit.support.grading;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Loads one package's classes afresh, child first: the classes it is given (the learner's tests as
 * just compiled, a variant's classes) and, for the package's other classes, the bytes of the
 * parent's class files. So the learner's tests, the code under test and the package's given types
 * all link to each other inside this loader (package-private access included), and a variant
 * replaces the correct class for them without touching anyone else. Everything outside the package
 * comes from the parent.
 */
final class PackageLoader extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  private final String prefix;
  private final Map<String, byte[]> given;

  /**
   * @param parent where everything else comes from, and the package's other class files
   * @param packageName the package loaded here, with its subpackages
   * @param given class files by binary name, used before the parent's
   */
  PackageLoader(ClassLoader parent, String packageName, Map<String, byte[]> given) {
    super("roadmap-grading-" + packageName, parent);
    this.prefix = packageName + ".";
    this.given = Map.copyOf(given);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(prefix)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = given.get(name);
        if (bytes == null) {
          bytes = parentBytes(name);
        }
        if (bytes == null) {
          return super.loadClass(name, resolve);
        }
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private byte[] parentBytes(String name) {
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }
}
