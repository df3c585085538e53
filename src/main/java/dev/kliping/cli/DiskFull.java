package dev.kliping.cli;

import java.nio.file.FileSystemException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a full disk behind a failure, wherever it surfaced: a WARC write, the database's
 * background writer (H2 wraps the error several times over, and later calls only say "the
 * database has been closed"), or the search index, whose error may only be suppressed by the
 * one that got out. The path comes from the exception that names one.
 */
final class DiskFull {
  /* Linux and macOS strerror(ENOSPC); Windows' ERROR_DISK_FULL. */
  private static final Pattern NO_SPACE =
      Pattern.compile("No space left on device|There is not enough space on the disk");
  /* H2's MVStore: "Writing to async:/path/kliping.mv.db failed; length 8192 at 204800". */
  private static final Pattern H2_FILE = Pattern.compile("Writing to (?:[a-z]+:)*(.+?) failed");
  /* A cause graph is small; the bound only guards against a cycle a library made. */
  private static final int MAX_SEEN = 200;

  private DiskFull() {}

  /**
   * The path that could not be written when {@code e} comes from a full disk ("" when no
   * exception names it); empty when the disk is not full.
   */
  static Optional<String> path(Throwable e) {
    boolean full = false;
    String path = null;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(e);
    while (!todo.isEmpty() && seen.size() < MAX_SEEN) {
      Throwable t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      String message = String.valueOf(t.getMessage());
      full |= NO_SPACE.matcher(message).find();
      if (path == null && t instanceof FileSystemException fse && fse.getFile() != null) {
        path = fse.getFile();
      }
      Matcher h2 = H2_FILE.matcher(message);
      if (path == null && h2.find()) {
        path = h2.group(1);
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      Collections.addAll(todo, t.getSuppressed());
    }
    return full ? Optional.of(path == null ? "" : path) : Optional.empty();
  }
}
