package dev.kliping.bench;

import dev.kliping.archive.Archive;
import dev.kliping.archive.ArchiveException;
import dev.kliping.archive.Audit;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks after one killed child: the archive opens; the {@code .open} WARC files the kill
 * left are closed, none longer than before (cut back, never padded); the database and the WARC
 * files agree ({@link Archive#audit()}); every version the child reported is there.
 */
final class CycleCheck {
  private static final String OPEN = ".open";

  /** What one check found. */
  record Outcome(long reopenMillis, int openFiles, int lost, int duplicates,
      List<String> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  private CycleCheck() {}

  static Outcome check(Path archiveDir, List<ReportedVersions.Reported> reported)
      throws IOException {
    Map<Path, Long> open = openFiles(archiveDir.resolve("warc"));
    List<String> problems = new ArrayList<>();
    long start = System.nanoTime();
    Archive archive;
    try {
      archive = Archive.open(archiveDir);
    } catch (ArchiveException e) {
      problems.add("the archive did not open: " + e.getMessage());
      return new Outcome(0, open.size(), 0, 0, problems);
    }
    long reopen = (System.nanoTime() - start) / 1_000_000;
    int lost = 0;
    int duplicates;
    try (archive) {
      open.forEach((file, size) -> closedNoLonger(file, size, problems));
      // The index lines kept while a file was written stop at the crash: recovery drops them.
      try (DirectoryStream<Path> left = Files.newDirectoryStream(archiveDir.resolve("warc"),
          "*.cdxj" + OPEN)) {
        left.forEach(f -> problems.add(f.getFileName() + " is left after reopening"));
      }
      Audit audit = archive.audit();
      problems.addAll(audit.problems());
      duplicates = audit.duplicates();
      for (ReportedVersions.Reported r : reported) {
        if (archive.version(r.url(), r.number()).isEmpty()) {
          lost++;
          problems.add("version " + r.number() + " of " + r.url()
              + " was reported committed but is missing");
        }
      }
    }
    return new Outcome(reopen, open.size(), lost, duplicates, problems);
  }

  private static void closedNoLonger(Path openFile, long sizeBefore, List<String> problems) {
    String name = openFile.getFileName().toString();
    Path closed = openFile.resolveSibling(name.substring(0, name.length() - OPEN.length()));
    try {
      if (Files.exists(openFile)) {
        problems.add(openFile.getFileName() + " is still open after reopening");
      } else if (Files.exists(closed) && Files.size(closed) > sizeBefore) {
        problems.add(closed.getFileName() + " grew from " + sizeBefore + " to "
            + Files.size(closed) + " bytes while being recovered");
      }
      // Neither name: the file held no whole record and recovery deleted it, as it should.
    } catch (IOException e) {
      problems.add("cannot look at " + closed + ": " + e);
    }
  }

  /** The WARC files a crash left open, with their sizes. */
  private static Map<Path, Long> openFiles(Path warc) throws IOException {
    Map<Path, Long> out = new HashMap<>();
    if (!Files.isDirectory(warc)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(warc, "*.warc.gz" + OPEN)) {
      for (Path f : files) {
        out.put(f, Files.size(f));
      }
    }
    return out;
  }
}
