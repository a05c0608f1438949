package dev.roadmapkit.cli;

/** The exit codes of {@code ./roadmap}, so that scripts can tell outcomes apart. */
public enum ExitCode {
  /** The command did what was asked; for {@code check}, every test passed. */
  OK(0),
  /** The exercise is not done yet: a test fails, or the learner's code does not compile. */
  NOT_DONE(1),
  /** The command line was wrong: an unknown command, option or id. */
  BAD_INPUT(2),
  /**
   * The kit is not in a state to run the command: a missing build that could not be made, a corrupt
   * progress file (set aside), no git, no reference solution.
   */
  KIT_PROBLEM(3),
  /** A defect of the CLI itself. */
  INTERNAL(4),
  /** The learner declined a confirmation, or interrupted the command. */
  CANCELLED(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /**
   * Returns the process exit status.
   *
   * @return 0 to 5
   */
  public int code() {
    return code;
  }
}
