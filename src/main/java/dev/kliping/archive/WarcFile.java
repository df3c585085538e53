package dev.kliping.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.nio.ByteBuffer;
import org.netpreserve.jwarc.WarcRecord;

/**
 * One WARC file being written: named {@code <name>.open} until {@link #close()} renames it to
 * {@code <name>}. Each record is its own gzip member, so any record can be read from its offset
 * and a file cut after a whole member is still valid. Not thread-safe; the recorder serialises.
 */
final class WarcFile implements AutoCloseable {
  static final String OPEN = ".open";

  private final Path dir;
  private final String name;
  private final FileChannel channel;
  private final GzipRecords gzip = new GzipRecords();
  /**
   * The file's CDXJ lines as its captures are written, sorted into its index on close: reading a
   * file of 10,000 captures back to index it kept a crawl waiting over a second. On disk, not in
   * memory, as a file may hold hundreds of thousands. Null once a line could not be written: the
   * file is then read back on close, as before.
   */
  private BufferedWriter pendingLines;
  /** Where the last append ended; written under the recorder's lock. */
  private volatile long written;
  /** Everything before this offset is on disk. */
  private volatile long forced;
  private final Object forcing = new Object();

  /** Where one record landed: its gzip member's offset and length. */
  record Span(long offset, long length) {}

  private WarcFile(Path dir, String name, FileChannel channel) {
    this.dir = dir;
    this.name = name;
    this.channel = channel;
    try {
      this.pendingLines = Files.newBufferedWriter(pending(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      this.pendingLines = null;
    }
  }

  private Path pending() {
    return CdxjIndex.pendingPathFor(dir.resolve(name));
  }

  /**
   * Notes a response or revisit record just written, for the file's index. Never fails the
   * capture: if the line cannot be kept, the index is made by reading the file on close.
   */
  void indexed(WarcRecovery.Found capture) {
    if (pendingLines == null) {
      return;
    }
    try {
      pendingLines.write(CdxjIndex.line(capture, name));
      pendingLines.newLine();
    } catch (IOException | RuntimeException e) {
      abandonPendingLines();
    }
  }

  private void abandonPendingLines() {
    try {
      pendingLines.close();
    } catch (IOException e) {
      // Already failing: the index will be made from the file itself.
    }
    pendingLines = null;
  }

  /**
   * Creates {@code dir/name.open}; never an existing file. jwarc's {@code WarcWriter(Path)} would
   * truncate an existing file, so the channel is opened here with CREATE_NEW.
   */
  static WarcFile create(Path dir, String name) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(name + OPEN),
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new WarcFile(dir, name, channel);
  }

  String name() {
    return name;
  }

  /** False once the channel was closed under us, as an interrupt of a writing thread does. */
  boolean isOpen() {
    return channel.isOpen();
  }

  long size() throws IOException {
    return channel.size();
  }

  /**
   * Appends the records and forces them to disk before returning their spans. If writing fails,
   * the file is cut back to where it was, so a half record never sits before later ones.
   */
  List<Span> append(List<? extends WarcRecord> records) throws IOException {
    List<Span> spans = write(records);
    forceThrough(spans.get(spans.size() - 1));
    return spans;
  }

  /**
   * Appends the records without forcing them: the caller must {@link #forceThrough} the last
   * span before anything points at them. Not thread-safe; the recorder serialises writes.
   */
  List<Span> write(List<? extends WarcRecord> records) throws IOException {
    long start = channel.position();
    try {
      GzipRecords.Compressed members = gzip.compress(records);
      List<Span> spans = new ArrayList<>(records.size());
      long offset = start;
      for (long length : members.lengths()) {
        spans.add(new Span(offset, length));
        offset += length;
      }
      ByteBuffer bytes = members.bytes();
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      written = channel.position();
      return spans;
    } catch (IOException | RuntimeException e) {
      rollBack(start, e);
      throw e;
    }
  }

  /**
   * Returns once the span is on disk. Thread-safe, and called outside the recorder's lock: a
   * thread forcing the file forces what every thread wrote before it, so threads that wrote while
   * one fsync ran share the next instead of queueing for one each (group commit).
   */
  void forceThrough(Span span) throws IOException {
    long end = span.offset() + span.length();
    if (forced >= end) {
      return;
    }
    synchronized (forcing) {
      if (forced >= end) {
        return;
      }
      long target = written;
      channel.force(true);
      forced = target;
    }
  }

  private void rollBack(long start, Exception failure) {
    try {
      channel.truncate(start);
      channel.position(start);
      channel.force(true);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Forces, closes and renames the file to its final name, then writes its CDXJ index. */
  @Override
  public void close() throws IOException {
    gzip.close();
    channel.force(true);
    channel.close();
    Files.move(dir.resolve(name + OPEN), dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(dir);
    if (pendingLines != null) {
      try {
        pendingLines.close();
        CdxjIndex.writeSorted(dir.resolve(name), pending());
        return;
      } catch (IOException e) {
        // The kept lines may be short: the index is made from the file itself, as below.
      }
    }
    CdxjIndex.writeQuietly(dir.resolve(name));
    Files.deleteIfExists(pending());
  }

  /** Makes a rename durable where the platform allows opening a directory (Linux, macOS). */
  static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory; the rename is still atomic, just not yet durable.
    }
  }
}
