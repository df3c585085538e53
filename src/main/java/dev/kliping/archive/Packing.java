package dev.kliping.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Decides when closing an H2 archive should pack its file (SHUTDOWN COMPACT) and remembers how
 * big the file was when it was last packed, in a small file beside it.
 *
 * <p>Why packing at all: H2's own compaction moves whole chunks, and rows rewritten again and
 * again (a page's next visit, its last capture) leave B-tree leaves half full and chunks with
 * gaps between them that no chunk move reclaims; after a day of revisits the file was 1.7 times
 * what a full copy holds. A full copy (H2 writes it beside the file and renames it over, and
 * finishes or discards a half-done one on the next open) packs every leaf, so it is safe under
 * kill -9 at any moment.
 *
 * <p>Why only when the file has grown by {@link #GROWTH} since the last packing: an archive
 * never loses live data (versions are kept for ever), so a file within that growth of its last
 * packed size is within that factor of what a packing would leave now; and packing only after
 * such growth costs, over an archive's life, a bounded multiple of its final size, as a growing
 * array's copies do. A closing that finds no record packs once, so an archive made before this
 * record existed is packed on its first close.
 */
final class Packing {
  /** Growth of the file since its last packing after which closing packs it again. */
  static final double GROWTH = 1.4;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Packing.class);

  private final Path file;
  private final Path record;

  Packing(Path file) {
    this.file = file;
    this.record = file.resolveSibling(file.getFileName() + ".packed");
  }

  /** Whether closing should pack the file now. */
  boolean due() {
    long size = sizeOf(file);
    if (size <= 0) {
      return false;
    }
    long packed = lastPacked();
    return (packed <= 0 || size > GROWTH * packed) && roomFor(size);
  }

  /**
   * Whether the disk holds a second copy: packing writes one beside the file before renaming it
   * over. On a full disk closing does not try, so the archive closes as it is.
   */
  private boolean roomFor(long size) {
    try {
      return Files.getFileStore(file).getUsableSpace() > 2 * size + (16 << 20);
    } catch (IOException e) {
      return false;
    }
  }

  /** The file's size when last packed, or 0 when no record can be read. */
  long lastPacked() {
    try {
      return Long.parseLong(Files.readString(record, StandardCharsets.US_ASCII).trim());
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException | NumberFormatException e) {
      LOG.warn("{}: unreadable ({}); the archive will be packed on close", record, e.toString());
      return 0;
    }
  }

  /**
   * Remembers the file's size now, just after it was packed. Written beside and renamed over,
   * so a crash leaves the old record or the new one; a lost record only means one more packing.
   */
  void packed() {
    long size = sizeOf(file);
    if (size <= 0) {
      return;
    }
    Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, Long.toString(size), StandardCharsets.US_ASCII);
      try {
        Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.warn("{}: cannot record the packed size ({}); the next close packs again", record,
          e.toString());
    }
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }
}
