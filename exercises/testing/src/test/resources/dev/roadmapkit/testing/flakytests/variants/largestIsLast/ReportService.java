package dev.roadmapkit.testing.flakytests;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Summarises a day's sales in the background, so that the caller (a web request, say) does not wait
 * for it.
 *
 * <p>The rules, each of which a test can check:
 *
 * <ul>
 *   <li>{@link #summarise(List)} returns at once; the work runs on the executor given to the
 *       constructor, and the returned future completes when it is done.
 *   <li>The report counts the sales, adds them up and names the largest: {@code [250, 1000, 400]}
 *       gives {@code Report(3, 1650, 1000)}. No sales give {@code Report(0, 0, 0)}.
 *   <li>The report is of the sales as they were when {@code summarise} was called: changing the list
 *       afterwards, before the executor gets to the work, changes nothing.
 *   <li>A negative amount (a refund does not belong in the day's sales) completes the future
 *       exceptionally with an {@link IllegalArgumentException} naming the amount. The future always
 *       completes, one way or the other; {@code summarise} itself never throws for it.
 *   <li>Every finished report is told to the listener exactly once, before its future completes; a
 *       failed one is not told.
 * </ul>
 */
public final class ReportService {

  private final Executor executor;
  private final ReportListener listener;

  /**
   * A service that works on {@code executor} and tells {@code listener} about every report.
   *
   * @param executor where the work runs: a thread pool in production; any executor in a test
   * @param listener told about every finished report
   */
  public ReportService(Executor executor, ReportListener listener) {
    this.executor = Machine.handOver(Objects.requireNonNull(executor, "executor"));
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Starts summarising the sales.
   *
   * @param amountsInCents the day's sales, each in cents
   * @return the report, once the executor has computed it
   */
  public CompletableFuture<Report> summarise(List<Long> amountsInCents) {
    List<Long> sales = List.copyOf(amountsInCents);
    CompletableFuture<Report> report = new CompletableFuture<>();
    executor.execute(
        () -> {
          try {
            Report done = compute(sales);
            listener.ready(done);
            report.complete(done);
          } catch (RuntimeException e) {
            report.completeExceptionally(e);
          }
        });
    return report;
  }

  private static Report compute(List<Long> sales) {
    long total = 0;
    long largest = 0;
    for (long amount : sales) {
      if (amount < 0) {
        throw new IllegalArgumentException(
            "a sale cannot be negative, was " + amount + " (refunds are reported separately)");
      }
      total += amount;
      largest = amount;
    }
    return new Report(sales.size(), total, largest);
  }
}
