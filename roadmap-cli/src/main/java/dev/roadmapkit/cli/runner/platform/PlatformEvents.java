package dev.roadmapkit.cli.runner.platform;

/**
 * The keys and values of the event maps {@link PlatformBootstrap} reports. Both sides of the class
 * loader boundary have their own copy of this class; only these strings cross it.
 */
public final class PlatformEvents {

  /** Key: what happened; one of the {@code EVENT_*} values. */
  public static final String EVENT = "event";

  /** Value of {@link #EVENT}: a test or container started. */
  public static final String STARTED = "started";

  /** Value of {@link #EVENT}: a test or container finished; see {@link #STATUS}. */
  public static final String FINISHED = "finished";

  /** Value of {@link #EVENT}: a test or container was skipped; see {@link #MESSAGE}. */
  public static final String SKIPPED = "skipped";

  /** Value of {@link #EVENT}: the platform itself failed; see {@link #MESSAGE}. */
  public static final String CRASHED = "crashed";

  /** Key: the unique id the platform gives the test or container. */
  public static final String ID = "id";

  /** Key: {@code true} for a test, {@code false} for a container. */
  public static final String IS_TEST = "test";

  /** Key: the display name. */
  public static final String DISPLAY_NAME = "displayName";

  /** Key: the binary name of the class the test or container is in, when known. */
  public static final String CLASS_NAME = "className";

  /** Key: the method or field name of the test, when known. */
  public static final String MEMBER_NAME = "memberName";

  /** Key: SUCCESSFUL, ABORTED or FAILED (the platform's names). */
  public static final String STATUS = "status";

  /** Key: the failure's or skip's message. */
  public static final String MESSAGE = "message";

  /** Key: the simple name of the failure's type. */
  public static final String FAILURE_TYPE = "failureType";

  /** Key: {@code true} when the failure is an assertion (AssertionError and subclasses). */
  public static final String ASSERTION = "assertion";

  /** Key: {@code true} when the failure is a timeout. */
  public static final String TIMEOUT = "timeout";

  /** Key: the first stack frame in the kit's exercise code, {@code Type.method(File.java:12)}. */
  public static final String ORIGIN = "origin";

  /** Key: the failure's cause, {@code Type: message}. */
  public static final String CAUSE = "cause";

  private PlatformEvents() {}
}
