package dev.roadmapkit.programming.todocli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exercise {@code programming/todo-cli}, part 2: the command line.
 *
 * <p>Key idea: check everything the command line alone can tell (the file, the command, its
 * arguments, the number) before touching the file, and turn each kind of failure into one typed
 * exception that {@link #run} maps to one line on standard error and one exit code. The commands
 * themselves then only load, change and save. main() is a one-line wrapper, so the tests can run
 * nearly everything in process and a few cases as a real process.
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

  private static final String FILE_OPTION = "--file";
  private static final String FILE_VARIABLE = "TODO_FILE";

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
    try {
      List<String> rest = new ArrayList<>(args);
      TodoStore store = new TodoStore(storageFile(rest, env));
      Command command = Command.parse(rest);
      out.print(command.execute(store));
      return OK;
    } catch (UsageException e) {
      err.println("todo: " + e.getMessage());
      err.println(USAGE_LINE);
      return USAGE;
    } catch (NoSuchItemException e) {
      err.println("todo: " + e.getMessage());
      return NO_SUCH_ITEM;
    } catch (StorageException e) {
      err.println("todo: " + e.getMessage());
      return STORAGE;
    }
  }

  /** Takes {@code --file PATH} off the front of {@code rest}, or reads {@code TODO_FILE}. */
  private static Path storageFile(List<String> rest, Map<String, String> env) {
    if (!rest.isEmpty() && rest.get(0).equals(FILE_OPTION)) {
      rest.remove(0);
      if (rest.isEmpty()) {
        throw new UsageException(FILE_OPTION + " needs a path");
      }
      return Path.of(rest.remove(0));
    }
    String variable = env.get(FILE_VARIABLE);
    if (variable == null || variable.isBlank()) {
      throw new UsageException(
          "no storage file: pass " + FILE_OPTION + " PATH or set " + FILE_VARIABLE);
    }
    return Path.of(variable);
  }

  /** A command and its checked arguments, parsed before the file is read. */
  private record Command(String name, String text, int number) {

    static Command parse(List<String> words) {
      if (words.isEmpty()) {
        throw new UsageException("no command");
      }
      String name = words.get(0);
      List<String> arguments = words.subList(1, words.size());
      return switch (name) {
        case "add" -> new Command(name, text(arguments), 0);
        case "list" -> new Command(name, noArguments(name, arguments), 0);
        case "done", "remove" -> new Command(name, "", number(name, arguments));
        default -> throw new UsageException("unknown command \"" + name + "\"");
      };
    }

    private static String text(List<String> arguments) {
      String text = String.join(" ", arguments);
      if (text.isBlank()) {
        throw new UsageException("add needs the text of the item");
      }
      return text;
    }

    private static String noArguments(String name, List<String> arguments) {
      if (!arguments.isEmpty()) {
        throw new UsageException(name + " takes no arguments");
      }
      return "";
    }

    private static int number(String name, List<String> arguments) {
      if (arguments.size() != 1) {
        throw new UsageException(name + " takes one item number");
      }
      try {
        return Integer.parseInt(arguments.get(0));
      } catch (NumberFormatException e) {
        throw new UsageException("\"" + arguments.get(0) + "\" is not an item number");
      }
    }

    /** Runs the command on the store and returns what to print. */
    String execute(TodoStore store) {
      List<TodoItem> items = new ArrayList<>(store.load());
      switch (name) {
        case "add":
          items.add(new TodoItem(text, false));
          store.save(items);
          return "added " + items.size() + ": " + text + System.lineSeparator();
        case "list":
          return listing(items);
        case "done":
          TodoItem done = items.get(index(items)).markedDone();
          items.set(number - 1, done);
          store.save(items);
          return "done " + number + ": " + done.text() + System.lineSeparator();
        default:
          TodoItem removed = items.remove(index(items));
          store.save(items);
          return "removed " + number + ": " + removed.text() + System.lineSeparator();
      }
    }

    private int index(List<TodoItem> items) {
      if (number < 0 || number > items.size()) {
        throw new NoSuchItemException(
            "no item " + number + ", the list has " + items.size() + " items");
      }
      return number - 1;
    }

    private static String listing(List<TodoItem> items) {
      if (items.isEmpty()) {
        return "nothing to do" + System.lineSeparator();
      }
      StringBuilder listing = new StringBuilder();
      for (int i = 0; i < items.size(); i++) {
        TodoItem item = items.get(i);
        listing
            .append(i + 1)
            .append(item.done() ? " [x] " : " [ ] ")
            .append(item.text())
            .append(System.lineSeparator());
      }
      return listing.toString();
    }
  }

  /** The command line is wrong: exit code {@value #USAGE}, with the usage line. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** No item has the number given: exit code {@value #NO_SUCH_ITEM}. */
  private static final class NoSuchItemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchItemException(String message) {
      super(message);
    }
  }
}
