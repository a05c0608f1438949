package dev.roadmapkit.testing.flakytests;

/** Is told about every report {@link ReportService} finishes: an audit log, a metrics counter. */
@FunctionalInterface
public interface ReportListener {

  /**
   * A report is ready. Called once per report, on the thread that computed it, before the report's
   * future completes.
   *
   * @param report the finished report
   */
  void ready(Report report);
}
