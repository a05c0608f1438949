package dev.roadmapkit.cli.progress;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.KitException;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.progress.ProgressFormatException;
import dev.roadmapkit.core.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The learner's progress in {@code .roadmap/progress.json}. A file that cannot be understood is
 * renamed to {@code progress.json.corrupt-<timestamp>} (never deleted, never overwritten) and
 * reported with a {@link CorruptProgressException}; the next command starts afresh.
 */
public final class LearnerProgress {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Kit kit;
  private final Clock clock;
  private ProgressStore store;

  /**
   * Creates the progress of a kit's learner.
   *
   * @param kit the kit
   * @param clock gives the timestamp of a set-aside file's name
   */
  public LearnerProgress(Kit kit, Clock clock) {
    this.kit = Objects.requireNonNull(kit, "kit must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Reads the progress, with topic aliases resolved.
   *
   * @return the progress; empty if the learner has none yet
   * @throws CorruptProgressException if the file is corrupt; it has been set aside
   * @throws KitException if the file cannot be read
   */
  public Progress load() {
    try {
      return store().load(kit.curriculum().roadmap());
    } catch (ProgressFormatException e) {
      throw setAside(e);
    } catch (IOException e) {
      throw new KitException(
          "cannot read " + kit.display(kit.progressFile()) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the progress without acting on a corrupt file: for work that only looks ahead, while the
   * command itself reads with {@link #load()} and reports.
   *
   * @return the progress, or empty if the file cannot be read or understood
   */
  public Optional<Progress> peek() {
    try {
      return Optional.of(store().load(kit.curriculum().roadmap()));
    } catch (ProgressFormatException | IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the progress, changes it and writes it back.
   *
   * @param change the change
   * @return the progress as written
   * @throws CorruptProgressException if the file is corrupt; it has been set aside
   * @throws KitException if the file cannot be read or written
   */
  public Progress update(UnaryOperator<Progress> change) {
    Progress updated = change.apply(load());
    try {
      store().save(updated);
    } catch (ProgressFormatException e) {
      throw setAside(e);
    } catch (IOException e) {
      throw new KitException(
          "cannot write " + kit.display(kit.progressFile()) + ": " + e.getMessage(), e);
    }
    return updated;
  }

  /**
   * The store, made on first use: its JSON mapper takes a cold JVM a noticeable time to set up,
   * which a command that only constructs this object should not wait for.
   */
  private synchronized ProgressStore store() {
    if (store == null) {
      store = new ProgressStore(kit.progressFile());
    }
    return store;
  }

  private CorruptProgressException setAside(ProgressFormatException e) {
    Path file = kit.progressFile();
    String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
    Path target = file.resolveSibling(base);
    for (int n = 2; Files.exists(target); n++) {
      target = file.resolveSibling(base + "-" + n);
    }
    try {
      Files.move(file, target);
    } catch (java.nio.file.NoSuchFileException gone) {
      return new CorruptProgressException(
          "the progress file "
              + kit.display(file)
              + " was corrupt ("
              + e.reason()
              + "); another roadmap command has just set it aside, and the next command starts"
              + " with fresh progress",
          file,
          e);
    } catch (IOException moveFailed) {
      throw new KitException(
          kit.display(file)
              + " is corrupt ("
              + e.reason()
              + ") and could not be moved aside ("
              + moveFailed.getMessage()
              + "): rename it yourself, then run the command again",
          e);
    }
    return new CorruptProgressException(
        "the progress file "
            + kit.display(file)
            + " was corrupt ("
            + e.reason()
            + "); it is kept as "
            + kit.display(target)
            + " and the next command starts with fresh progress",
        target,
        e);
  }
}
