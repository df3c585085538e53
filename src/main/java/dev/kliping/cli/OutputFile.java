package dev.kliping.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes for the user, such as an export. It is never inside the archive folder
 * (an export once replaced a closed WARC file and truncated the database), it replaces an existing
 * file only when forced, and it is written to a temporary file beside the target and moved into
 * place only when complete, so a failed run leaves no half-written file and a reader never sees
 * one. Closing before {@link #commit} deletes the temporary file. Not thread-safe.
 */
final class OutputFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private boolean committed;

  private OutputFile(Path target, Path temp, OutputStream stream) {
    this.target = target;
    this.temp = temp;
    this.stream = stream;
  }

  /**
   * @param archiveDir the archive folder, which no output may touch
   * @param force whether an existing file at target may be replaced
   * @throws UsageException when target is inside the archive, exists without force, is a folder,
   *     or its folder does not exist
   */
  static OutputFile create(Path target, Path archiveDir, boolean force) {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UsageException("cannot write " + target + ": its folder does not exist");
    }
    if (Files.isDirectory(abs)) {
      throw new UsageException("cannot write " + target + ": it is a folder");
    }
    refuseInsideArchive(target, archiveDir);
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new UsageException(target + " already exists; add --force to replace it");
    }
    try {
      Path temp = Files.createTempFile(parent, "." + abs.getFileName() + ".", ".part");
      return new OutputFile(abs, temp,
          new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * @throws UsageException when target, or the file a link there points to, lies in the archive
   *     folder: the archive's files are written by the archive alone
   */
  static void refuseInsideArchive(Path target, Path archiveDir) {
    if (insideArchive(target.toAbsolutePath().normalize(), archiveDir)) {
      throw new UsageException("will not write " + target + ": it is inside the archive folder "
          + archiveDir + "; write it elsewhere");
    }
  }

  /** Where to write; flushed and closed by {@link #commit}. */
  OutputStream stream() {
    return stream;
  }

  /** Closes the temporary file and moves it over the target in one step. */
  void commit() {
    try {
      stream.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      stream.close();
    } catch (IOException e) {
      // The run already failed; the temporary file goes below either way.
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + temp + ": " + e.getMessage(), e);
    }
  }

  /**
   * True when the path, or the file a link there points to, lies in the archive folder. Paths are
   * compared after resolving links, so {@code ./x/../archive/warc} or a link to the archive
   * cannot slip past.
   */
  private static boolean insideArchive(Path abs, Path archiveDir) {
    Path archive = real(archiveDir.toAbsolutePath().normalize());
    Path parent = abs.getParent();
    if (parent != null && real(parent).resolve(abs.getFileName()).startsWith(archive)) {
      return true;
    }
    return Files.exists(abs) && real(abs).startsWith(archive);
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }
}
