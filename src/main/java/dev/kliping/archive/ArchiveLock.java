package dev.kliping.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Exclusive ownership of one archive directory, held from open to close. H2 alone is not enough:
 * a second open in the same JVM would silently share the database, and two writers of one WARC
 * directory would interleave files.
 */
final class ArchiveLock implements AutoCloseable {
  static final String FILE = "kliping.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private ArchiveLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock on dir, or throws ArchiveException saying who holds it. */
  static ArchiveLock acquire(Path dir) {
    Path file = dir.resolve(FILE);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new ArchiveException(inUse(dir, "another process"));
      }
      return new ArchiveLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new ArchiveException(inUse(dir, "this process"), e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new ArchiveException("cannot lock archive " + dir + " (" + file + "): " + e, e);
    } catch (ArchiveException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static String inUse(Path dir, String who) {
    return "archive " + dir + " is in use by " + who + " (it holds " + FILE
        + "); only one kliping may open an archive: stop the other one, or, if a daemon owns it,"
        + " query it through its API";
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Already failing with a better message.
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // Closing the channel below releases the lock anyway.
    }
    closeQuietly(channel);
  }
}
