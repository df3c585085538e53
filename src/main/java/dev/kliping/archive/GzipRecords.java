package dev.kliping.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Serialises WARC records into memory, each record one gzip member of its own (record-at-time
 * compression, as WARC 1.1 asks), so that a file receives a visit's records in one write. Not
 * thread-safe: one per WARC file, used under the recorder's lock.
 *
 * <p>jwarc's own gzip writer compresses at level 9 and writes each 8 kB of output separately.
 * Level 9 searches 32 times longer match chains than zlib's default level 6, and on article
 * pages of 10 to 20 kB gives the same members to within a few bytes: the extra search was CPU
 * spent for nothing. The Deflater and the buffers are kept and reset for every record.
 */
final class GzipRecords {
  /** zlib's default level (6). */
  static final int LEVEL = Deflater.DEFAULT_COMPRESSION;
  /** The 10-byte member header: magic, deflate, no flags, no time, no extra flags, OS 0. */
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0};

  /** Bytes written into memory, readable without a copy. */
  private static final class Bytes extends ByteArrayOutputStream {
    Bytes(int size) {
      super(size);
    }

    byte[] array() {
      return buf;
    }

    /** Makes room for n more bytes and returns where they go. */
    int reserve(int n) {
      if (count + n > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
      }
      return count;
    }

    void advance(int n) {
      count += n;
    }
  }

  private final Deflater deflater = new Deflater(LEVEL, true);
  private final CRC32 crc = new CRC32();
  private final Bytes plain = new Bytes(32 * 1024);
  private final Bytes members = new Bytes(16 * 1024);
  private final WarcWriter serialiser;

  GzipRecords() {
    try {
      serialiser = new WarcWriter(Channels.newChannel(plain), WarcCompression.NONE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot serialise WARC records in memory", e);
    }
  }

  /**
   * The records as consecutive gzip members, and each member's length, in order. The buffer is
   * reused by the next call.
   */
  Compressed compress(List<? extends WarcRecord> records) throws IOException {
    members.reset();
    long[] lengths = new long[records.size()];
    for (int i = 0; i < lengths.length; i++) {
      int before = members.size();
      plain.reset();
      serialiser.write(records.get(i));
      member(plain.array(), plain.size());
      lengths[i] = members.size() - before;
    }
    return new Compressed(ByteBuffer.wrap(members.array(), 0, members.size()), lengths);
  }

  /** Members ready to write, and each one's length. */
  record Compressed(ByteBuffer bytes, long[] lengths) {}

  private void member(byte[] data, int length) {
    members.write(HEADER, 0, HEADER.length);
    crc.reset();
    crc.update(data, 0, length);
    deflater.reset();
    deflater.setInput(data, 0, length);
    deflater.finish();
    while (!deflater.finished()) {
      int at = members.reserve(Math.max(4096, length / 2));
      int n = deflater.deflate(members.array(), at, members.array().length - at);
      members.advance(n);
    }
    int at = members.reserve(8);
    putIntLe(members.array(), at, (int) crc.getValue());
    putIntLe(members.array(), at + 4, length);
    members.advance(8);
  }

  private static void putIntLe(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    b[at + 2] = (byte) (v >>> 16);
    b[at + 3] = (byte) (v >>> 24);
  }

  /** Frees the Deflater's native memory at once rather than at garbage collection. */
  void close() {
    deflater.end();
  }
}
