package dev.roadmapkit.git.gitignorematcher;

import java.util.List;

/**
 * Exercise {@code git/gitignore-matcher}: decide whether a path of a working tree is ignored by its
 * {@code .gitignore} files, exactly as git does (gitignore(5)), and say which rule decided, the way
 * {@code git check-ignore -v} does.
 *
 * <p><b>Reading a {@code .gitignore}.</b> Each line is one rule; line numbers count from 1 and
 * include every line.
 *
 * <ul>
 *   <li>A line that starts with {@code #} is a comment. A blank line is no rule.
 *   <li>Trailing spaces are removed, unless the last one is escaped with a backslash: {@code
 *       "trimmed "} is the rule {@code trimmed}, {@code "space\ "} is {@code space\ } and matches a
 *       name that ends with a space. Only spaces are trimmed, and only at the end.
 *   <li>A leading {@code !} negates the rule: a path it matches is <i>not</i> ignored. {@code \!}
 *       and {@code \#} at the start stand for a literal {@code !} or {@code #}.
 *   <li>A trailing {@code /} makes the rule match directories only; it is then removed before the
 *       rest of this list is read.
 *   <li>If the pattern has no other {@code /}, it matches the <i>name</i> (the last component) of a
 *       path at any depth below the {@code .gitignore}'s directory: {@code *.log} matches {@code
 *       a.log} and {@code src/a.log}.
 *   <li>Otherwise (a {@code /} at the start or in the middle) it is anchored: it matches the path
 *       relative to the {@code .gitignore}'s directory from its start, and a leading {@code /} is
 *       dropped: {@code /build} and {@code docs/*.html} match {@code build} and {@code
 *       docs/a.html}, but not {@code src/build} or {@code x/docs/a.html}.
 * </ul>
 *
 * <p><b>Glob syntax</b> ({@link #wildmatch}): {@code *} matches any run of characters but {@code
 * /}, {@code ?} any one character but {@code /}; {@code [a-z]}, {@code [abc]}, {@code [!a]} and
 * {@code [^a]} match one character of (or not of) the set, never {@code /}; a {@code [} without its
 * {@code ]} makes the whole pattern match nothing; a backslash makes the next character literal.
 * Two or more consecutive {@code *} are special only as a whole component: a leading {@code
 * **}{@code /} matches in every directory ({@code **}{@code /cache} matches {@code cache} and
 * {@code a/b/cache}), a trailing {@code /**} matches everything inside ({@code logs/**} matches
 * {@code logs/x} and {@code logs/a/b}, not {@code logs}), and {@code /**}{@code /} in the middle
 * matches zero or more directories ({@code a/**}{@code /z} matches {@code a/z} and {@code
 * a/b/c/z}). Anywhere else {@code **} is a plain {@code *}: {@code ab**cd} matches {@code abxcd}
 * but not {@code ab/cd}. (A {@code **} glued to the end of a component and followed by {@code /},
 * as in {@code a**}{@code /b}, is left out: git's own shortcuts make it cross slashes there.)
 * Matching is case-sensitive. POSIX classes like {@code [:alpha:]} need not be supported.
 *
 * <p><b>Which rule decides.</b> Only the {@code .gitignore} files of the directories above a path
 * apply to it (the top one included; a directory's own {@code .gitignore} does not apply to the
 * directory itself). A deeper file takes precedence over a shallower one, and inside one file the
 * <i>last</i> matching line wins. But first, git looks at the directories on the way to the path,
 * from the top: as soon as one of them is ignored (a rule for it matched, and it is not a
 * negation), that rule decides for everything inside it, and nothing inside can be re-included
 * ({@code vendor/} then {@code !vendor/keep.js} still ignores {@code vendor/keep.js}; git does not
 * even read the {@code .gitignore} files in an ignored directory). To keep one file of a directory,
 * ignore its content instead: {@code secret/*} then {@code !secret/public.txt}.
 */
public final class GitignoreMatcher {

  private final List<IgnoreFile> files;

  /**
   * A matcher for the working tree that has these {@code .gitignore} files.
   *
   * @param files at most one per directory, in any order
   */
  public GitignoreMatcher(List<IgnoreFile> files) {
    this.files = List.copyOf(files);
  }

  /**
   * What the rules say about {@code path}: the rule that decided, or {@link Decision#NO_RULE}.
   *
   * @param path relative to the top of the working tree, with {@code /} between names, for example
   *     {@code src/app.log}
   * @param directory whether the path is a directory (a rule ending in {@code /} matches only
   *     those)
   * @throws IllegalArgumentException if the path is empty, or starts or ends with {@code /}
   */
  public Decision check(String path, boolean directory) {
    throw new UnsupportedOperationException(
        "TODO git/gitignore-matcher: parse the rules of each .gitignore, check the directories on"
            + " the way to the path, then the path itself; the last matching rule wins");
  }

  /**
   * Whether {@code glob} matches all of {@code path}, with the glob syntax above ({@code *}, {@code
   * ?} and {@code [...]} never match {@code /}; {@code **} as described). This is git's wildmatch
   * with its WM_PATHNAME flag; a rule's pattern is matched with it, against a name or against a
   * path relative to the {@code .gitignore}'s directory.
   *
   * @param glob a pattern without its {@code !}, its trailing {@code /} and its leading {@code /},
   *     for example {@code docs/*.html} or {@code a/**}{@code /z}
   * @param path the text to match, for example {@code docs/index.html}
   */
  public static boolean wildmatch(String glob, String path) {
    throw new UnsupportedOperationException(
        "TODO git/gitignore-matcher: match the glob against the path, character by character or"
            + " by translating it into a regular expression");
  }
}
