package dev.roadmapkit.cli.runner;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * One module's test class path loaded once: a class loader over its jars (the JUnit Platform, the
 * engines, AssertJ, the exercise support), the runner's bootstrap defined in it, and a compiler
 * whose file manager has the same jars open. Kept by the {@link TestRunner} while the class path
 * file stays the same, so a re-check finds all of it loaded and warm.
 */
final class TestFramework implements AutoCloseable {

  // Names only: the bootstrap's classes must never be loaded by the CLI's own class loader.
  private static final String BOOTSTRAP_PACKAGE = "dev.roadmapkit.cli.runner.platform.";
  private static final String BOOTSTRAP = BOOTSTRAP_PACKAGE + "PlatformBootstrap";

  private final List<Path> classpath;
  private final String stamp;
  private final URLClassLoader loader;
  private final Method run;
  private final Method warmUp;
  private final SourceCompiler compiler;

  TestFramework(List<Path> classpath, String stamp) {
    this(classpath, stamp, new SourceCompiler(classpath));
  }

  /** Over a compiler made already (on another thread, to compile while this loads). */
  TestFramework(List<Path> classpath, String stamp, SourceCompiler compiler) {
    this.classpath = List.copyOf(classpath);
    this.stamp = stamp;
    this.loader = new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader());
    try {
      if (loader.getResource("org/junit/platform/launcher/core/LauncherFactory.class") == null) {
        throw new BuildException(
            "the module's test class path has no JUnit Platform Launcher"
                + " (org.junit.platform:junit-platform-launcher): add it as a test dependency");
      }
      Class<?> bootstrap = new BootstrapLoader(loader).loadClass(BOOTSTRAP);
      this.run = bootstrap.getMethod("run", List.class, Map.class, Consumer.class);
      this.warmUp = bootstrap.getMethod("warmUp", Map.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the runner's bootstrap", e);
    }
    this.compiler = compiler;
    registerJdbcDrivers(loader);
  }

  /**
   * Loads the JDBC drivers of the class path, each of which registers itself with {@link
   * java.sql.DriverManager}. DriverManager looks for drivers once per JVM, in the class loader
   * current at the time; a module whose frameworks are loaded later would otherwise find "no
   * suitable driver" for its first connection, and a test would fail for a reason that is not the
   * learner's.
   */
  private static void registerJdbcDrivers(ClassLoader loader) {
    try {
      ServiceLoader.load(java.sql.Driver.class, loader).stream()
          .forEach(ServiceLoader.Provider::get);
    } catch (ServiceConfigurationError | LinkageError e) {
      // a broken driver jar fails the test that connects, with the driver's own message
    }
  }

  String stamp() {
    return stamp;
  }

  List<Path> classpath() {
    return classpath;
  }

  SourceCompiler compiler() {
    return compiler;
  }

  /**
   * Loads the test engines and the assertion library as a run would, so that the first run finds
   * them loaded. Meant for a background thread while the CLI does other work; failures are left for
   * the run to meet and report.
   */
  void warmUpPlatform(Map<String, String> configuration) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      warmUp.invoke(null, configuration);
      if (loader.getResource("org/assertj/core/api/Assertions.class") != null) {
        Class.forName("org.assertj.core.api.Assertions", true, loader);
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // the run will meet the same problem and report it
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** A fresh loader for one run: the learner's classes and the tests, over the frameworks. */
  URLClassLoader runLoader(List<Path> directories) {
    return new URLClassLoader(urls(directories), loader);
  }

  boolean owns(ClassLoader candidate) {
    for (ClassLoader l = candidate; l != null; l = l.getParent()) {
      if (l == loader) {
        return true;
      }
    }
    return false;
  }

  /** Runs the classes' tests on the calling thread; its context class loader must be set. */
  void run(
      List<Class<?>> testClasses,
      Map<String, String> configuration,
      Consumer<Map<String, String>> events) {
    try {
      run.invoke(null, testClasses, configuration, events);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call the runner's bootstrap", e);
    }
  }

  @Override
  public void close() {
    compiler.close();
    try {
      loader.close();
    } catch (IOException e) {
      // the jars are only read; a failure to close them loses nothing
    }
  }

  private static URL[] urls(List<Path> entries) {
    List<URL> urls = new ArrayList<>(entries.size());
    for (Path entry : entries) {
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new BuildException("bad class path entry " + entry + ": " + e.getMessage(), e);
      }
    }
    return urls.toArray(URL[]::new);
  }

  /**
   * Defines the bootstrap's classes, read from the CLI's own jar, in a loader whose parent is the
   * frameworks' loader, so that they link against the module's JUnit Platform.
   */
  private static final class BootstrapLoader extends ClassLoader {

    static {
      registerAsParallelCapable();
    }

    BootstrapLoader(ClassLoader frameworks) {
      super("roadmap-bootstrap", frameworks);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(BOOTSTRAP_PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = findClass(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      String resource = name.replace('.', '/') + ".class";
      try (InputStream in = TestFramework.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }
}
