package dev.roadmapkit.support.grading;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path the running tests see, as files for the compiler: the URLs of every {@link
 * URLClassLoader} from a loader up to the root (the CLI's runner loads tests so), then {@code
 * java.class.path} with the {@code Class-Path} of any manifest-only jar spelled out (Surefire's
 * booter jar).
 */
final class ClassPathEntries {

  private ClassPathEntries() {}

  /**
   * The entries, first those given, then the loaders', then the system class path; each once.
   *
   * @param first entries that come before all others, such as the code under test
   * @param loader the loader to walk up from
   * @return the existing entries, in order
   */
  static List<Path> of(List<Path> first, ClassLoader loader) {
    Set<Path> entries = new LinkedHashSet<>();
    for (Path path : first) {
      add(entries, path);
    }
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          toPath(url).ifPresent(p -> add(entries, p));
        }
      }
    }
    String systemPath = System.getProperty("java.class.path", "");
    for (String entry : systemPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        add(entries, Path.of(entry));
      }
    }
    return List.copyOf(entries);
  }

  private static void add(Set<Path> entries, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!Files.exists(absolute) || !entries.add(absolute)) {
      return;
    }
    if (Files.isRegularFile(absolute) && absolute.toString().endsWith(".jar")) {
      for (Path listed : manifestClassPath(absolute)) {
        add(entries, listed);
      }
    }
  }

  /** The entries a jar's manifest lists under {@code Class-Path}, resolved against its folder. */
  private static List<Path> manifestClassPath(Path jar) {
    List<Path> listed = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String value = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (value == null) {
        return listed;
      }
      for (String item : value.trim().split("\\s+")) {
        if (item.isEmpty()) {
          continue;
        }
        try {
          URI uri = jar.getParent().toUri().resolve(item);
          if ("file".equals(uri.getScheme())) {
            listed.add(Path.of(uri));
          }
        } catch (IllegalArgumentException e) {
          // an entry that is no URI: not ours to read
        }
      }
    } catch (IOException e) {
      // an unreadable jar adds nothing
    }
    return listed;
  }

  private static java.util.Optional<Path> toPath(URL url) {
    if (!"file".equals(url.getProtocol())) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Path.of(url.toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
