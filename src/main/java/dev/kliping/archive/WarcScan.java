package dev.kliping.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a WARC file's records one gzip member at a time, with the offset and length each
 * capture row points at. For audits and rebuilds, not for the write path.
 */
final class WarcScan {
  /** A file's whole records, and how many bytes follow the last one (0 for a sound file). */
  record Scanned(String file, List<WarcRecovery.Found> records, long bytesAfter) {}

  private WarcScan() {}

  /** The closed and open WARC files in dir, in name order, which is the order of writing. */
  static List<Path> files(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*.warc.gz*")) {
      for (Path file : found) {
        String name = file.getFileName().toString();
        if (name.endsWith(".warc.gz") || name.endsWith(".warc.gz" + WarcFile.OPEN)) {
          files.add(file);
        }
      }
    }
    files.sort(null);
    return files;
  }

  /** The file's final name: without ".open", as capture rows name it. */
  static String finalName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(WarcFile.OPEN)
        ? name.substring(0, name.length() - WarcFile.OPEN.length()) : name;
  }

  /** Every whole record of the file from its start, stopping at the first that is not whole. */
  static Scanned scan(Path file) throws IOException {
    List<WarcRecovery.Found> records = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        GzipMembers members = new GzipMembers(ch)) {
      long end = 0;
      byte[] data;
      while ((data = members.next()) != null) {
        Optional<WarcRecovery.Found> found =
            WarcRecovery.parse(data, end, members.offset() - end);
        if (found.isEmpty()) {
          break;
        }
        records.add(found.get());
        end = members.offset();
      }
      return new Scanned(finalName(file), records, ch.size() - end);
    }
  }
}
