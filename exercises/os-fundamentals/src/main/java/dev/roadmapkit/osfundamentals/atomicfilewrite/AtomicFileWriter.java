package dev.roadmapkit.osfundamentals.atomicfilewrite;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Exercise {@code os-fundamentals/atomic-file-write}: replace a file's content atomically.
 *
 * <p>Writing a file in place ({@code Files.write(target, ...)}) first truncates it: a reader in
 * between sees an empty or half-written file, and a crash leaves one behind. The fix every database
 * and package manager uses:
 *
 * <ol>
 *   <li>create a temporary file <em>in the target's directory</em> ({@code
 *       Files.createTempFile(directory, prefix, ".tmp")}): a rename is atomic only within one file
 *       system, and {@code /tmp} is often another one;
 *   <li>open it for writing through the {@link ChannelOpener} and give the {@link ContentWriter} a
 *       stream over the channel, buffered with a buffer of {@code bufferSize} bytes: every write
 *       that reaches the channel is a system call, and a writer that writes thousands of small
 *       records must not cost thousands of them;
 *   <li>flush the buffer, then {@link java.nio.channels.FileChannel#force force(true)} the channel
 *       (the data and the metadata reach the disk, not only the page cache), then close it. A force
 *       before the flush forces nothing of what is still in the buffer;
 *   <li>give the temporary file the target's POSIX permissions ({@code
 *       Files.getPosixFilePermissions}) when the target exists, {@code rw-r--r--} otherwise (a
 *       temporary file starts as {@code rw-------});
 *   <li>{@code Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING)}: readers see the old file
 *       or the new one, nothing in between;
 *   <li>then make the rename itself durable: open the directory for {@code READ} through the opener
 *       and {@code force(true)} it; some systems refuse to open a directory, so an {@code
 *       IOException} there is ignored.
 * </ol>
 *
 * <p>When anything fails (the content writer throws, the disk is full), the temporary file is
 * deleted, the target is left as it was, and the exception reaches the caller unchanged.
 */
public final class AtomicFileWriter {

  /** The buffer size of {@link #AtomicFileWriter()}. */
  public static final int DEFAULT_BUFFER_SIZE = 8192;

  private final ChannelOpener opener;
  private final int bufferSize;

  /** A writer with real channels and a buffer of {@value #DEFAULT_BUFFER_SIZE} bytes. */
  public AtomicFileWriter() {
    this(ChannelOpener.system(), DEFAULT_BUFFER_SIZE);
  }

  /**
   * A writer that opens channels with {@code opener} and buffers {@code bufferSize} bytes.
   *
   * @throws IllegalArgumentException if {@code bufferSize} is less than 1
   */
  public AtomicFileWriter(ChannelOpener opener, int bufferSize) {
    // TODO os-fundamentals/atomic-file-write: refuse a buffer size below 1
    this.opener = opener;
    this.bufferSize = bufferSize;
  }

  /**
   * Replaces the content of {@code target} (or creates it) with what {@code content} writes, so
   * that no reader ever sees anything but the whole old or the whole new content.
   *
   * @throws IOException what the content writer or the file system threw; the target is then
   *     unchanged and no temporary file is left
   */
  public void write(Path target, ContentWriter content) throws IOException {
    throw new UnsupportedOperationException(
        "TODO os-fundamentals/atomic-file-write: temp file in the same directory, buffered"
            + " writes, flush, force, permissions, atomic move; delete the temp file on failure");
  }
}
