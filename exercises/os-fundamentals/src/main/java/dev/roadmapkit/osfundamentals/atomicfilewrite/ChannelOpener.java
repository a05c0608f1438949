package dev.roadmapkit.osfundamentals.atomicfilewrite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens a {@link FileChannel}: open every channel through it, so that the tests can count the
 * system calls your code makes (each {@code write} and {@code force} of a channel is one). Given:
 * do not change.
 */
@FunctionalInterface
public interface ChannelOpener {

  /**
   * Opens {@code path} with {@code options}, as {@link FileChannel#open(Path, Set,
   * java.nio.file.attribute.FileAttribute...)} does.
   */
  FileChannel open(Path path, Set<? extends OpenOption> options) throws IOException;

  /** The real thing: {@link FileChannel#open}. */
  static ChannelOpener system() {
    return (path, options) -> FileChannel.open(path, options);
  }
}
