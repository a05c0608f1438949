package dev.roadmapkit.cli.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a command writes and, for confirmations, reads: standard output for results, standard error
 * for the one-line problems and build notices.
 */
public final class Terminal {

  private final PrintStream out;
  private final PrintStream err;
  private final BufferedReader in;
  private final boolean interactive;
  private final Symbols symbols;

  /**
   * Creates a terminal.
   *
   * @param out where results go
   * @param err where problems and notices go
   * @param in where answers to confirmations come from
   * @param interactive whether a person is there to answer (a console, not a pipe)
   * @param charset the encoding of {@code out}, which decides the {@link Symbols}
   */
  public Terminal(
      PrintStream out, PrintStream err, InputStream in, boolean interactive, Charset charset) {
    this.out = Objects.requireNonNull(out, "out must not be null");
    this.err = Objects.requireNonNull(err, "err must not be null");
    this.in = new BufferedReader(new InputStreamReader(in, charset));
    this.interactive = interactive;
    this.symbols = Symbols.forCharset(charset);
  }

  /**
   * Returns the process's own terminal: standard streams in the console's encoding.
   *
   * @return the terminal
   */
  public static Terminal system() {
    Charset charset = consoleCharset();
    return new Terminal(
        new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, charset),
        new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, charset),
        System.in,
        System.console() != null,
        charset);
  }

  /**
   * Returns the encoding the console shows: {@code stdout.encoding} (Java 19+), {@code
   * sun.stdout.encoding}, or the default charset.
   *
   * @return the encoding
   */
  public static Charset consoleCharset() {
    for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
      String name = System.getProperty(property);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return Charset.defaultCharset();
  }

  /**
   * Returns the stream for results.
   *
   * @return standard output
   */
  public PrintStream out() {
    return out;
  }

  /**
   * Returns the stream for problems and notices.
   *
   * @return standard error
   */
  public PrintStream err() {
    return err;
  }

  /**
   * Returns the marks for tests and exercises.
   *
   * @return the symbols
   */
  public Symbols symbols() {
    return symbols;
  }

  /**
   * Tells whether a person can answer questions.
   *
   * @return {@code true} on a console
   */
  public boolean interactive() {
    return interactive;
  }

  /**
   * Asks a question and reads one line of answer.
   *
   * @param question the question, printed without a line break
   * @return the answer, or empty at the end of input
   */
  public Optional<String> ask(String question) {
    out.print(question);
    out.flush();
    try {
      return Optional.ofNullable(in.readLine());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
