package dev.roadmapkit.git.commitmsghook;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code commit-msg} hook: git runs it with one argument, the file that holds the proposed
 * message ({@code .git/COMMIT_EDITMSG}); a non-zero exit code makes git refuse the commit, and what
 * the hook wrote to stderr is what the committer sees. Given: do not change. Install it as {@code
 * .git/hooks/commit-msg}:
 *
 * <pre>{@code
 * #!/bin/sh
 * exec java -cp /path/to/classes dev.roadmapkit.git.commitmsghook.CommitMessageHook "$1"
 * }</pre>
 */
public final class CommitMessageHook {

  private CommitMessageHook() {}

  /** Checks the message file {@code args[0]}; exits 0 when it is fine, 1 when not, 2 on misuse. */
  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** What {@link #main} does, without exiting: returns the exit code, writes the report to err. */
  public static int run(String[] args, PrintStream err) {
    if (args.length != 1) {
      err.println("usage: CommitMessageHook <message file> (git passes it to a commit-msg hook)");
      return 2;
    }
    String message;
    try {
      message = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("commit-msg: cannot read the message file " + args[0] + ": " + e.getMessage());
      return 2;
    }
    List<Violation> violations = CommitMessageChecker.withDefaults().check(message);
    if (violations.isEmpty()) {
      return 0;
    }
    err.print(report(violations));
    return 1;
  }

  /** The text the committer reads when the commit is refused. */
  public static String report(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    text.append("commit-msg: the commit was refused, its message breaks ")
        .append(violations.size() == 1 ? "a rule" : violations.size() + " rules")
        .append(":\n");
    for (Violation violation : violations) {
      text.append("  ").append(violation).append('\n');
    }
    text.append(
        "Your message is kept in .git/COMMIT_EDITMSG: fix it and commit again"
            + " (git commit -e -F .git/COMMIT_EDITMSG).\n");
    return text.toString();
  }
}
