package dev.roadmapkit.osfundamentals.atomicfilewrite;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a file's new content to the stream it is given; it may write in many small pieces, and it
 * may fail half-way. Given: do not change.
 */
@FunctionalInterface
public interface ContentWriter {

  /** Writes the content to {@code out}; does not close it. */
  void writeTo(OutputStream out) throws IOException;
}
