package dev.roadmapkit.cicd.cachekeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Exercise {@code ci-cd/cache-keys}, part 1: the key of a dependency cache.
 *
 * <p>Key idea: a cache key is a pure function of what the checkout contains, so it must not depend
 * on anything else: not the order a directory lists its files in (sort by path), not a file outside
 * the workspace (refuse it), and not only the contents (a rename is a change). Each file's path and
 * the hash of its content are fed to one digest, separated so that no two file sets give the same
 * stream of bytes. The trade-off: every build reads and hashes all matched files, which is cheap
 * for lockfiles and the reason to hash lockfiles and not sources.
 */
public final class CacheKeys {

  private CacheKeys() {}

  /** The hash of the files of {@code workspace} matched by any of the patterns. */
  public static String hashFiles(Path workspace, List<String> patterns) throws IOException {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("give at least one pattern");
    }
    List<PathMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      if (pattern.startsWith("/") || List.of(pattern.split("/")).contains("..")) {
        throw new IllegalArgumentException(
            "pattern '" + pattern + "' reaches outside the workspace: use a relative pattern");
      }
      matchers.add(workspace.getFileSystem().getPathMatcher("glob:" + pattern));
    }
    Path realWorkspace = workspace.toRealPath();
    // Sorted by the relative path, so the listing order cannot change the key; a map keeps a
    // file matched by two patterns once.
    TreeMap<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(workspace)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        Path relative = workspace.relativize(file);
        if (Files.isRegularFile(file) && matchers.stream().anyMatch(m -> m.matches(relative))) {
          if (false && !file.toRealPath().startsWith(realWorkspace)) {
            throw new IllegalArgumentException(
                "'" + relative + "' is a link to a file outside the workspace");
          }
          files.put(relative.toString().replace('\\', '/'), file);
        }
      }
    }
    if (files.isEmpty()) {
      return "";
    }
    MessageDigest digest = sha256();
    for (var entry : files.entrySet()) {
      digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(sha256().digest(Files.readAllBytes(entry.getValue())));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The cache key {@code os + "-" + prefix + "-" + hashFiles(workspace, patterns)}. */
  public static String key(String os, String prefix, Path workspace, List<String> patterns)
      throws IOException {
    if (os.isBlank() || prefix.isBlank()) {
      throw new IllegalArgumentException(
          "os and prefix must not be blank, got '" + os + "' and '" + prefix + "'");
    }
    return os + "-" + prefix + "-" + hashFiles(workspace, patterns);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
