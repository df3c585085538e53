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
    return acquire(dir, FILE);
  }

  /**
   * Takes a node's lock in a shared archive folder ({@code kliping-<node>.lock}): the nodes of
   * a cluster share the folder, but each node's name, and so its WARC files, has one owner.
   */
  static ArchiveLock acquireNode(Path dir, String node) {
    return acquire(dir, nodeFile(node));
  }

  /** The node's lock, if no live process holds it: a dead node's files may then be touched. */
  static java.util.Optional<ArchiveLock> tryNode(Path dir, String node) {
    try {
      return java.util.Optional.of(acquire(dir, nodeFile(node)));
    } catch (ArchiveException e) {
      return java.util.Optional.empty();
    }
  }

  static String nodeFile(String node) {
    return "kliping-" + node + ".lock";
  }

  private static ArchiveLock acquire(Path dir, String name) {
    Path file = dir.resolve(name);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new ArchiveException(inUse(dir, name, "another process"));
      }
      return new ArchiveLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new ArchiveException(inUse(dir, name, "this process"), e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new ArchiveException("cannot lock archive " + dir + " (" + file + "): " + e, e);
    } catch (ArchiveException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static String inUse(Path dir, String name, String who) {
    return "archive " + dir + " is in use by " + who + " (it holds " + name
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
