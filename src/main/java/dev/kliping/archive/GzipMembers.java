package dev.kliping.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a gzip file one member at a time, reporting exactly where each whole member ends. A
 * member counts only when its deflate stream ends and its CRC-32 and length trailer match, so a
 * member cut short by a crash, or garbage after the last one, is never mistaken for data.
 * Not thread-safe.
 */
final class GzipMembers implements AutoCloseable {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final FileChannel channel;
  private final ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long bufStart;

  /** Reads from the channel's current position, which must be the start of a member. */
  GzipMembers(FileChannel channel) throws IOException {
    this.channel = channel;
    this.bufStart = channel.position();
    buf.flip();
  }

  /** The file offset just past the last whole member returned (or the start). */
  long offset() {
    return bufStart + buf.position();
  }

  /**
   * The next member's decompressed bytes, or null at the end of the file or when what follows
   * is not a whole, valid member; {@link #offset()} then still points past the last good one.
   */
  byte[] next() throws IOException {
    int mark = buf.position();
    long markStart = bufStart;
    try {
      byte[] data = readMember();
      if (data == null) {
        restore(markStart, mark);
      }
      return data;
    } catch (DataFormatException e) {
      restore(markStart, mark);
      return null;
    }
  }

  private void restore(long markStart, int mark) throws IOException {
    // Only report the good end; re-reading after a bad member is never needed.
    if (bufStart == markStart) {
      buf.position(mark);
    } else {
      bufStart = markStart + mark;
      buf.clear().flip();
    }
  }

  private byte[] readMember() throws IOException, DataFormatException {
    if (!fill(10)) {
      return null;
    }
    if ((buf.get() & 0xff) != 0x1f || (buf.get() & 0xff) != 0x8b || buf.get() != 8) {
      return null;
    }
    int flags = buf.get();
    buf.position(buf.position() + 6); // mtime, extra flags, OS
    if ((flags & FEXTRA) != 0 && (!fill(2) || !skip(buf.getShort() & 0xffff))) {
      return null;
    }
    if (((flags & FNAME) != 0 && !skipZeroTerminated())
        || ((flags & FCOMMENT) != 0 && !skipZeroTerminated())
        || ((flags & FHCRC) != 0 && !skip(2))) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    inflater.reset();
    crc.reset();
    while (!inflater.finished()) {
      if (inflater.needsInput()) {
        if (!fill(1)) {
          return null;
        }
        inflater.setInput(buf.array(), buf.position(), buf.remaining());
        buf.position(buf.limit());
      }
      int n = inflater.inflate(chunk);
      if (n == 0 && inflater.needsDictionary()) {
        return null;
      }
      crc.update(chunk, 0, n);
      out.write(chunk, 0, n);
    }
    buf.position(buf.limit() - inflater.getRemaining());
    if (!fill(8)) {
      return null;
    }
    long expectedCrc = buf.getInt() & 0xffffffffL;
    long expectedSize = buf.getInt() & 0xffffffffL;
    if (expectedCrc != crc.getValue() || expectedSize != (out.size() & 0xffffffffL)) {
      return null;
    }
    return out.toByteArray();
  }

  private boolean skipZeroTerminated() throws IOException {
    do {
      if (!fill(1)) {
        return false;
      }
    } while (buf.get() != 0);
    return true;
  }

  private boolean skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      if (!fill(1)) {
        return false;
      }
      buf.get();
    }
    return true;
  }

  /** Ensures n unread bytes are buffered; false when the file ends first. */
  private boolean fill(int n) throws IOException {
    while (buf.remaining() < n) {
      bufStart += buf.position();
      buf.compact();
      int read = channel.read(buf);
      buf.flip();
      if (read < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    inflater.end();
  }
}
