package dev.roadmapkit.programming.todocli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Exercise {@code programming/todo-cli}, part 2: the command line.
 *
 * <pre>
 * usage: todo [--file PATH] (add TEXT... | list | done N | remove N)
 * </pre>
 *
 * <p>The storage file is the path after {@code --file}, else the environment variable {@code
 * TODO_FILE}; with neither, it is a usage error. The commands, and what they print on standard
 * output (each line ends with a line break):
 *
 * <ul>
 *   <li>{@code add buy milk}: appends the item (the words joined by one space) and prints {@code
 *       added 3: buy milk}, its number.
 *   <li>{@code list}: prints one line per item, numbered from 1: {@code 1 [ ] buy milk}, {@code 2
 *       [x] call Ada} for a done one; {@code nothing to do} when there is none. It never creates or
 *       writes the file.
 *   <li>{@code done 2}: marks item 2 done (again is fine) and prints {@code done 2: call Ada}.
 *   <li>{@code remove 2}: removes item 2 (the ones after it move up) and prints {@code removed 2:
 *       call Ada}.
 * </ul>
 *
 * <p>Errors print one line {@code todo: <what is wrong>} on standard error, nothing on standard
 * output, change no file, and return a non-zero exit code:
 *
 * <ul>
 *   <li>{@value #USAGE}, usage errors, with the usage line above printed on standard error after
 *       the message: no command, an unknown command ({@code todo: unknown command "frob"}), a
 *       missing argument ({@code add} without text, {@code done} without a number, {@code --file}
 *       without a path), extra arguments ({@code list x}, {@code done 1 2}), no storage file, and a
 *       bad number ({@code todo: "abc" is not an item number}). These are found before the file is
 *       read.
 *   <li>{@value #NO_SUCH_ITEM}, no such item: {@code todo: no item 7, the list has 2 items} (0 and
 *       negative numbers are numbers, of no item).
 *   <li>{@value #STORAGE}, the storage file is unusable: the {@link StorageException}'s message,
 *       which names the file. A corrupt file is never overwritten, whatever the command.
 * </ul>
 */
public final class TodoCli {

  /** Exit code: done. */
  public static final int OK = 0;

  /** Exit code: there is no item of that number. */
  public static final int NO_SUCH_ITEM = 1;

  /** Exit code: the command line is wrong. */
  public static final int USAGE = 2;

  /** Exit code: the storage file cannot be used. */
  public static final int STORAGE = 3;

  /** The usage line, printed on standard error after a usage error's message. */
  public static final String USAGE_LINE =
      "usage: todo [--file PATH] (add TEXT... | list | done N | remove N)";

  private TodoCli() {}

  /**
   * Runs the tool as a process: {@code java dev.roadmapkit.programming.todocli.TodoCli list}.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err, System.getenv()));
  }

  /**
   * Runs one command; {@link #main} is only this with the process's streams and environment.
   *
   * @param args the command line, such as {@code ["--file", "todo.json", "done", "2"]}
   * @param out standard output
   * @param err standard error
   * @param env the environment, where {@code TODO_FILE} may name the storage file
   * @return the exit code: {@value #OK} when the command worked, otherwise the error's (see the
   *     class comment)
   */
  public static int run(
      List<String> args, PrintStream out, PrintStream err, Map<String, String> env) {
    throw new UnsupportedOperationException(
        "TODO programming/todo-cli: find the storage file, check the command and its arguments,"
            + " then load, change, save and print");
  }
}
