package dev.roadmapkit.cicd.cachekeys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Exercise {@code ci-cd/cache-keys}, part 1: the key of a dependency cache, like <code>
 * ${{ runner.os }}-maven-${{ hashFiles('**&#47;pom.xml') }}</code> in a workflow.
 *
 * <p><b>Which files.</b> The patterns are {@code java.nio} globs ({@code
 * FileSystem.getPathMatcher("glob:" + pattern)}) matched against each regular file's path relative
 * to the workspace, with {@code /} between names. {@code *} stays inside one directory, {@code **}
 * crosses directories; note that in Java's glob <code>**&#47;pom.xml</code> needs at least one
 * directory, so it does not match the workspace's own {@code pom.xml}: write <code>
 * {pom.xml,**&#47;pom.xml}</code> for both. Directories are never hashed, and a file matched by two
 * patterns counts once. Symbolic links to directories are not followed.
 *
 * <p><b>Inside the workspace only.</b> A pattern that is absolute (starts with {@code /}) or has a
 * {@code ..} segment is refused before anything is read, and so is a matched file whose real path
 * ({@link Path#toRealPath}) is not inside the workspace's real path (a symbolic link pointing out):
 * a cache key must not depend on, or leak, files the checkout does not contain.
 *
 * <p><b>The hash</b> is SHA-256, hex in lower case (64 characters), over the matched files in the
 * order of their relative paths ({@code String} order of the {@code /}-separated paths, never the
 * order the directory listing happens to give). For each file, in that order, the digest is fed the
 * relative path in UTF-8, one zero byte, and the 32 bytes of the SHA-256 of the file's content. The
 * path is part of it so that a rename changes the key; the zero byte and the fixed length of the
 * content's hash keep path and content from running into each other ({@code "ab"} holding {@code
 * "cd"} and {@code "abc"} holding {@code "d"} hash differently). When no file matches, the hash is
 * the empty string, as {@code hashFiles} gives in GitHub Actions.
 */
public final class CacheKeys {

  private CacheKeys() {}

  /**
   * The hash of the files of {@code workspace} matched by any of the patterns.
   *
   * @param workspace the directory the patterns are relative to
   * @param patterns one or more glob patterns
   * @return 64 lower-case hex digits, or {@code ""} when no file matches
   * @throws IllegalArgumentException when {@code patterns} is empty, a pattern is absolute or has a
   *     {@code ..} segment, or a matched file is really outside the workspace; the message names it
   * @throws IOException when a file cannot be read
   */
  public static String hashFiles(Path workspace, List<String> patterns) throws IOException {
    throw new UnsupportedOperationException(
        "TODO ci-cd/cache-keys: match the files, sort them by path, hash path and content");
  }

  /**
   * The cache key {@code os + "-" + prefix + "-" + hashFiles(workspace, patterns)}, e.g. {@code
   * Linux-maven-3f2a...}.
   *
   * @throws IllegalArgumentException when {@code os} or {@code prefix} is blank, or as {@link
   *     #hashFiles}
   * @throws IOException when a file cannot be read
   */
  public static String key(String os, String prefix, Path workspace, List<String> patterns)
      throws IOException {
    throw new UnsupportedOperationException(
        "TODO ci-cd/cache-keys: os-prefix-hash, after checking os and prefix");
  }
}
