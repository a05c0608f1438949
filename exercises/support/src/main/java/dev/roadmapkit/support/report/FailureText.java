package dev.roadmapkit.support.report;

import java.util.ArrayList;
import java.util.List;

/** Turns a test failure into the few lines a learner needs: the message and where it came from. */
final class FailureText {

  private FailureText() {}

  /**
   * The lines describing {@code failure}: for an assertion, its message; for any other exception,
   * its type and message and the first frame of the kit's code it came from; for a timeout, a
   * sentence about endless loops.
   */
  static List<String> describe(Throwable failure, int maxLines) {
    List<String> lines = new ArrayList<>();
    String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
    if (LearnerReport.isTimeout(failure)) {
      lines.add(message.isEmpty() ? "timed out" : message);
      lines.add(
          "The test was stopped: look for an endless loop or a deadlock in your code (a loop whose"
              + " condition never changes, or threads waiting for each other).");
      return lines;
    }
    if (failure instanceof AssertionError) {
      addAll(lines, message.isEmpty() ? failure.getClass().getSimpleName() : message, maxLines);
    } else {
      String summary = failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": ");
      addAll(lines, summary + message, maxLines);
      origin(failure).ifPresent(frame -> lines.add("at " + frame));
      if (failure.getCause() != null && failure.getCause() != failure) {
        Throwable cause = failure.getCause();
        lines.add(
            "caused by "
                + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage().strip()));
      }
    }
    return lines;
  }

  /** Stack frames that assertion libraries put inside their messages: noise for a learner. */
  private static final java.util.regex.Pattern STACK_LINE =
      java.util.regex.Pattern.compile(
          "^\\s*(at [\\w$.<>/]+\\(.*\\)|\\.\\.\\.\\s*\\(\\d+ remaining lines not displayed.*)$");

  private static void addAll(List<String> lines, String text, int maxLines) {
    String[] split =
        text.lines().filter(line -> !STACK_LINE.matcher(line).matches()).toArray(String[]::new);
    for (int i = 0; i < split.length; i++) {
      if (lines.size() == maxLines) {
        lines.add("... (" + (split.length - i) + " more lines)");
        return;
      }
      lines.add(split[i]);
    }
  }

  /**
   * The falsified sample in a jqwik property report: the lines under its first {@code Shrunk
   * Sample} or {@code Sample} heading (the shrunk one is the smallest), joined, such as {@code key:
   * 3, capacity: 1}.
   */
  static java.util.Optional<String> falsifiedSample(String report) {
    List<String> lines = report.lines().toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).strip().matches("(Shrunk )?Sample( \\(.*\\))?")
          && lines.get(i + 1).strip().matches("-+")) {
        List<String> sample = new ArrayList<>();
        for (int j = i + 2; j < lines.size() && !lines.get(j).isBlank(); j++) {
          sample.add(lines.get(j).strip());
        }
        return sample.isEmpty()
            ? java.util.Optional.empty()
            : java.util.Optional.of(String.join(", ", sample));
      }
    }
    return java.util.Optional.empty();
  }

  /** The first stack frame in the kit's own code: usually the learner's line that threw. */
  private static java.util.Optional<String> origin(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.roadmapkit.")
          && !frame.getClassName().startsWith("dev.roadmapkit.support.")) {
        String simpleClass =
            frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        return java.util.Optional.of(
            simpleClass
                + "."
                + frame.getMethodName()
                + "("
                + frame.getFileName()
                + ":"
                + frame.getLineNumber()
                + ")");
      }
    }
    return java.util.Optional.empty();
  }

  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("\"[^\"]*\"|'[^']*'|«[^»]*»");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+");

  /**
   * What makes two failures the same for the report: their message with quoted values and numbers
   * set aside, so that one check failing for each case of a parameterized test, or the same TODO
   * under every test, is one reason.
   */
  static String reason(List<String> message) {
    String text = String.join("\n", message);
    return NUMBER.matcher(QUOTED.matcher(text).replaceAll("\"\"")).replaceAll("#");
  }
}
