package dev.roadmapkit.osfundamentals.atomicfilewrite;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Reference solution. The key idea: never touch the target until the new content is complete and on
 * the disk; then one rename, which the file system performs atomically, swaps the names. The
 * temporary file lives beside the target because a rename cannot cross file systems. The trade-off:
 * for a moment the directory holds both files, so the disk needs room for two copies, and a hard
 * link to the old file keeps seeing the old content.
 */
public final class AtomicFileWriter {

  public static final int DEFAULT_BUFFER_SIZE = 8192;

  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private final ChannelOpener opener;
  private final int bufferSize;

  public AtomicFileWriter() {
    this(ChannelOpener.system(), DEFAULT_BUFFER_SIZE);
  }

  public AtomicFileWriter(ChannelOpener opener, int bufferSize) {
    if (bufferSize < 1) {
      throw new IllegalArgumentException("bufferSize must be at least 1, got " + bufferSize);
    }
    this.opener = Objects.requireNonNull(opener, "opener");
    this.bufferSize = bufferSize;
  }

  public void write(Path target, ContentWriter content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Set<PosixFilePermission> permissions =
        Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
    Path temp = Files.createTempFile("." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = opener.open(temp, Set.of(StandardOpenOption.WRITE))) {
        // Not closed here: closing the stream would close the channel before the force.
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), bufferSize);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.setPosixFilePermissions(temp, permissions);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    forceDirectory(directory);
  }

  /** The rename is an entry in the directory: only forcing the directory makes it durable. */
  private void forceDirectory(Path directory) {
    try (FileChannel channel = opener.open(directory, Set.of(StandardOpenOption.READ))) {
      channel.force(true);
    } catch (IOException e) {
      // Some systems cannot open a directory; the rename is then as durable as they make it.
    }
  }
}
