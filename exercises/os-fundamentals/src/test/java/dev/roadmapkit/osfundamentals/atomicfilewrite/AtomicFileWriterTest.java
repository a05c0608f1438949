package dev.roadmapkit.osfundamentals.atomicfilewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("os-fundamentals/atomic-file-write: AtomicFileWriter")
class AtomicFileWriterTest {

  @TempDir Path root;

  /** The target's directory, below the temporary root: a temp file in /tmp is not in it. */
  private Path dir;

  private final List<CountingFileChannel> channels =
      Collections.synchronizedList(new ArrayList<>());
  private final ChannelOpener counting =
      (path, options) -> {
        CountingFileChannel channel =
            new CountingFileChannel(path, options, ChannelOpener.system().open(path, options));
        channels.add(channel);
        return channel;
      };

  @BeforeEach
  void posixFileSystem() throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "atomic-file-write checks POSIX permissions: run it on Linux or macOS (or WSL)");
    dir = Files.createDirectory(root.resolve("data"));
  }

  private static ContentWriter text(String content) {
    return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private List<CountingFileChannel> writingChannels() {
    synchronized (channels) {
      return channels.stream().filter(c -> c.options.contains(StandardOpenOption.WRITE)).toList();
    }
  }

  private static Set<PosixFilePermission> perms(String text) {
    return PosixFilePermissions.fromString(text);
  }

  @Test
  @DisplayName(
      "a new file gets the content and the permissions rw-r--r--, and nothing else is left")
  void createsANewFile() throws IOException {
    Path target = dir.resolve("config.json");
    new AtomicFileWriter(counting, 8192).write(target, text("{\"port\": 8080}\n"));

    assertThat(Files.readString(target))
        .as("the new file's content")
        .isEqualTo("{\"port\": 8080}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .as("a new file's permissions: a temporary file starts as rw-------, set rw-r--r--")
        .isEqualTo("rw-r--r--");
    assertThat(names()).as("files in the directory afterwards").containsExactly("config.json");
  }

  @Test
  @DisplayName("an existing file is replaced and keeps its POSIX permissions")
  void replacesAndKeepsPermissions() throws IOException {
    for (String permissions : List.of("rw-r-----", "rwxr-x--x", "rw-------")) {
      Path target = dir.resolve("app-" + permissions.replace('-', '_') + ".conf");
      Files.writeString(target, "old content that is longer than the new\n");
      Files.setPosixFilePermissions(target, perms(permissions));

      new AtomicFileWriter(counting, 8192).write(target, text("new\n"));

      assertThat(Files.readString(target)).as("content after replacing").isEqualTo("new\n");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
          .as(
              "permissions of a replaced file that had "
                  + permissions
                  + ": give the temp file Files.getPosixFilePermissions(target) before the move")
          .isEqualTo(permissions);
    }
    assertThat(names()).as("files left in the directory").hasSize(3);
  }

  @Test
  @DisplayName("the new content goes to a temporary file in the target's own directory")
  void writesATempFileBesideTheTarget() throws IOException {
    Path target = dir.resolve("index.db");
    Files.writeString(target, "old");
    List<String> namesWhileWriting = new ArrayList<>();
    List<String> targetWhileWriting = new ArrayList<>();

    new AtomicFileWriter(counting, 8192)
        .write(
            target,
            out -> {
              out.write("new content, ".getBytes(StandardCharsets.UTF_8));
              out.flush();
              namesWhileWriting.addAll(names());
              targetWhileWriting.add(Files.readString(target));
              out.write("complete".getBytes(StandardCharsets.UTF_8));
            });

    assertThat(targetWhileWriting)
        .as(
            "the target's content while the new one was being written: the target must not be"
                + " touched until the rename (was it opened for writing?)")
        .containsExactly("old");
    assertThat(namesWhileWriting)
        .as(
            "files in the target's directory while writing: the target and one temporary file."
                + " A temp file elsewhere (/tmp) may be on another file system, where no rename is"
                + " atomic: use Files.createTempFile(target's directory, ...)")
        .hasSize(2)
        .contains("index.db");
    assertThat(writingChannels())
        .as("channels opened for WRITE: exactly one, for the temporary file")
        .hasSize(1);
    assertThat(writingChannels().get(0).path.toAbsolutePath().getParent())
        .as("directory of the file written")
        .isEqualTo(dir.toAbsolutePath());
    assertThat(Files.readString(target))
        .as("content afterwards")
        .isEqualTo("new content, complete");
    assertThat(names())
        .as("files afterwards: the temp file was renamed")
        .containsExactly("index.db");
  }

  @Test
  @DisplayName("the data is flushed, then forced to the disk, then the channel closed")
  void forcesAfterTheLastWrite() throws IOException {
    Path target = dir.resolve("journal");
    new AtomicFileWriter(counting, 8192).write(target, text("entry 1\nentry 2\n"));

    List<String> events = writingChannels().get(0).events();
    assertThat(events)
        .as(
            "what was done to the temp file's channel, in order: force(true) makes the data and"
                + " metadata durable, and must come after the buffer is flushed")
        .contains("write", "force(true)", "close");
    assertThat(events.lastIndexOf("write"))
        .as(
            "position of the last write in "
                + events
                + ": a write after the force (a flush after it, say) is not on the disk")
        .isLessThan(events.lastIndexOf("force(true)"));
    assertThat(events.lastIndexOf("force(true)"))
        .as("position of force(true) in " + events + ": before the channel is closed")
        .isLessThan(events.indexOf("close"));
  }

  @Test
  @DisplayName("after the rename, the directory itself is forced, so the rename survives a crash")
  void forcesTheDirectory() throws IOException {
    Path target = dir.resolve("journal");
    new AtomicFileWriter(counting, 8192).write(target, text("entry\n"));

    List<CountingFileChannel> all;
    synchronized (channels) {
      all = List.copyOf(channels);
    }
    CountingFileChannel written = writingChannels().get(0);
    List<CountingFileChannel> directory =
        all.stream().filter(c -> c.path.toAbsolutePath().equals(dir.toAbsolutePath())).toList();
    assertThat(directory)
        .as("channels opened on the target's directory: open it for READ through the opener")
        .hasSize(1);
    assertThat(directory.get(0).events())
        .as("what was done to the directory's channel")
        .contains("force(true)", "close");
    assertThat(all.indexOf(directory.get(0)))
        .as("the directory is forced after the file was written and renamed")
        .isGreaterThan(all.indexOf(written));
  }

  @Test
  @DisplayName("10000 small records cost about one write call per buffer, not one per record")
  void writesAreBuffered() throws IOException {
    int records = 10_000;
    int recordSize = 16;
    ContentWriter manySmallRecords =
        out -> {
          for (int i = 0; i < records; i++) {
            out.write(String.format("record %08d\n", i).getBytes(StandardCharsets.US_ASCII));
          }
        };
    for (int bufferSize : new int[] {8192, 1024}) {
      channels.clear();
      Path target = dir.resolve("records-" + bufferSize);
      new AtomicFileWriter(counting, bufferSize).write(target, manySmallRecords);

      long expected = (records * recordSize + bufferSize - 1) / bufferSize;
      long writes = writingChannels().get(0).writes();
      assertThat(Files.size(target)).as("file size").isEqualTo((long) records * recordSize);
      assertThat(writes)
          .as(
              "write system calls for "
                  + records
                  + " records of "
                  + recordSize
                  + " bytes with a buffer of "
                  + bufferSize
                  + " bytes: unbuffered, each record is"
                  + " one call ("
                  + records
                  + "); new BufferedOutputStream(stream, bufferSize)"
                  + " makes it "
                  + expected)
          .isBetween(expected, expected + 1);
    }
  }

  @Test
  @DisplayName("a writer that fails leaves the old file as it was and no temporary file")
  void failureLeavesNoTrace() throws IOException {
    Path target = dir.resolve("settings");
    Files.writeString(target, "old settings\n");
    Files.setPosixFilePermissions(target, perms("rw-r-----"));
    IOException diskFull = new IOException("No space left on device");
    ContentWriter failing =
        out -> {
          out.write(new byte[20_000]);
          throw diskFull;
        };

    IOException thrown =
        assertThrows(
            IOException.class,
            () -> new AtomicFileWriter(counting, 8192).write(target, failing),
            "the content writer's IOException must reach the caller");
    assertThat(thrown).as("the exception the caller gets: the writer's own").isSameAs(diskFull);
    assertThat(Files.readString(target))
        .as("the target after a failed write")
        .isEqualTo("old settings\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .as("the target's permissions after a failed write")
        .isEqualTo("rw-r-----");
    assertThat(names())
        .as("files after a failed write: delete the temp file in a catch (or finally) and rethrow")
        .containsExactly("settings");

    IllegalStateException bug = new IllegalStateException("bug in the writer");
    assertThatThrownBy(
            () ->
                new AtomicFileWriter(counting, 8192)
                    .write(
                        dir.resolve("new-file"),
                        out -> {
                          out.write(1);
                          throw bug;
                        }))
        .as("a RuntimeException from the writer")
        .isSameAs(bug);
    assertThat(names())
        .as(
            "files after a writer threw a RuntimeException while creating a new file: no target,"
                + " no temp file (catch RuntimeException too)")
        .containsExactly("settings");
  }

  @Test
  @DisplayName("a reader in a loop never sees a partial or mixed file while two writers replace it")
  void concurrentReaderSeesWholeFiles() throws Exception {
    Path target = dir.resolve("state.bin");
    int size = 256 * 1024;
    byte[] initial = new byte[size];
    Arrays.fill(initial, (byte) 'A');
    Files.write(target, initial);
    AtomicFileWriter writer = new AtomicFileWriter(ChannelOpener.system(), 8192);

    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    Semaphore readsDone = new Semaphore(0);
    AtomicInteger reads = new AtomicInteger();
    List<String> badReads = Collections.synchronizedList(new ArrayList<>());
    // Both writers stop half-way through each file until the other one is half-way too and the
    // reader has read the target twice: a file written in place is then caught half-written
    // every time, and two writers sharing one temporary file get in each other's way.
    CyclicBarrier halfway = new CyclicBarrier(2);

    Thread reader =
        new Thread(
            () -> {
              try {
                start.await();
                while (writing.get()) {
                  check(readSafely(target), size, badReads);
                  reads.incrementAndGet();
                  readsDone.release();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "reader");
    reader.setDaemon(true);
    reader.start();

    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int first = 'B' + 10 * w;
        done.add(
            writers.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 10; i++) {
                    writer.write(
                        target, halfThenWait((byte) (first + i), size, halfway, readsDone));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        try {
          future.get(8, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          throw new AssertionError(
              "a writer failed: "
                  + e.getCause()
                  + ". Two writers at once need two temporary files (Files.createTempFile gives"
                  + " each its own name), and nothing may be written to the target itself.",
              e.getCause());
        }
      }
    } finally {
      writing.set(false);
      writers.shutdownNow();
      reader.join(TimeUnit.SECONDS.toMillis(3));
    }

    assertThat(badReads)
        .as(
            "reads that saw something else than one whole file ("
                + reads.get()
                + " reads in all):"
                + " write a temporary file and rename it over the target with ATOMIC_MOVE")
        .isEmpty();
    assertThat(reads.get()).as("reads done while the writers worked").isGreaterThanOrEqualTo(40);
    byte[] last = Files.readAllBytes(target);
    assertThat(last.length).as("size of the final file").isEqualTo(size);
    assertThat(names()).as("files left after all writers finished").containsExactly("state.bin");
  }

  private static ContentWriter halfThenWait(
      byte letter, int size, CyclicBarrier halfway, Semaphore readsDone) {
    return out -> {
      byte[] chunk = new byte[4096];
      Arrays.fill(chunk, letter);
      for (int written = 0; written < size; written += chunk.length) {
        if (written == size / 2) {
          out.flush();
          awaitOthers(halfway, readsDone);
        }
        out.write(chunk);
      }
    };
  }

  private static void awaitOthers(CyclicBarrier halfway, Semaphore readsDone) throws IOException {
    try {
      halfway.await(3, TimeUnit.SECONDS);
      readsDone.drainPermits();
      if (!readsDone.tryAcquire(2, 3, TimeUnit.SECONDS)) {
        throw new IOException("the test's reader made no progress for 3 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted half-way", e);
    } catch (BrokenBarrierException | TimeoutException e) {
      throw new IOException("the other writer did not get half-way within 3 s (did it fail?)", e);
    }
  }

  private static byte[] readSafely(Path target) {
    try {
      return Files.readAllBytes(target);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(byte[] content, int size, List<String> badReads) {
    if (content == null) {
      badReads.add("the file did not exist");
      return;
    }
    if (content.length != size) {
      badReads.add(content.length + " bytes instead of " + size);
      return;
    }
    for (byte b : content) {
      if (b != content[0]) {
        badReads.add("a mix of '" + (char) content[0] + "' and '" + (char) b + "'");
        return;
      }
    }
  }

  @Test
  @DisplayName("a buffer size below 1 is refused")
  void badBufferSizeIsRefused() {
    assertThatThrownBy(() -> new AtomicFileWriter(counting, 0))
        .as("a buffer of 0 bytes")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new AtomicFileWriter(counting, 1)).as("a buffer of 1 byte is allowed").isNotNull();
  }

  @Test
  @DisplayName("the default writer uses real channels and an 8 KiB buffer")
  void defaultWriterWorks() throws IOException {
    Path target = dir.resolve("plain.txt");
    new AtomicFileWriter().write(target, text("plain\n"));
    assertThat(Files.readString(target))
        .as("content written by new AtomicFileWriter()")
        .isEqualTo("plain\n");
  }
}
