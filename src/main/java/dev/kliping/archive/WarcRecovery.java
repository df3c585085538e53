package dev.kliping.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the WARC files a crashed process left open: each {@code .warc.gz.open} file is read
 * record by record, cut back to the end of its last whole record, and renamed to
 * {@code .warc.gz}. A file with no whole record is deleted.
 */
final class WarcRecovery {
  private static final Logger log = LoggerFactory.getLogger(WarcRecovery.class);

  /**
   * One whole record found in a recovered file.
   *
   * @param refersTo a revisit record's WARC-Refers-To, else null
   */
  record Found(String type, long offset, long length, String recordId, String targetUri,
      Instant date, Integer status, String contentType, String payloadDigest,
      boolean truncated, String refersTo) {

    /** A response or revisit record: what a capture row points at. */
    boolean isCapture() {
      return "response".equals(type) || "revisit".equals(type);
    }
  }

  /** A recovered file: its final name, its whole records, and how many bytes were cut. */
  record Recovered(String file, List<Found> records, long bytesCut) {}

  private WarcRecovery() {}

  /** Recovers every open file in dir, oldest name first. */
  static List<Recovered> recoverAll(Path dir) throws IOException {
    return recoverAll(dir, "");
  }

  /**
   * Recovers the open files in dir whose names start with prefix (one node's files in a shared
   * folder: another node's open file is being written), oldest name first.
   */
  static List<Recovered> recoverAll(Path dir, String prefix) throws IOException {
    List<Path> open = new ArrayList<>();
    // After a node's prefix comes the file's time stamp, so node "a" never takes "a-b"'s files.
    String glob = prefix.isEmpty() ? "*" : prefix + "[0-9]".repeat(14) + "-*";
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
        glob + ".warc.gz" + WarcFile.OPEN)) {
      files.forEach(open::add);
    }
    open.sort(null);
    List<Recovered> out = new ArrayList<>();
    for (Path file : open) {
      out.add(recover(file));
    }
    return out;
  }

  static Recovered recover(Path openFile) throws IOException {
    String fileName = openFile.getFileName().toString();
    String name = fileName.substring(0, fileName.length() - WarcFile.OPEN.length());
    List<Found> records = new ArrayList<>();
    long size;
    long end;
    try (FileChannel ch = FileChannel.open(openFile, StandardOpenOption.READ,
        StandardOpenOption.WRITE); GzipMembers members = new GzipMembers(ch)) {
      size = ch.size();
      end = 0;
      byte[] data;
      while ((data = members.next()) != null) {
        Optional<Found> found = parse(data, end, members.offset() - end);
        if (found.isEmpty()) {
          break;
        }
        records.add(found.get());
        end = members.offset();
      }
      ch.truncate(end);
      ch.force(true);
    }
    // The lines its writer kept for the index stop at the crash: the index is made from the file.
    Files.deleteIfExists(CdxjIndex.pendingPathFor(openFile.resolveSibling(name)));
    if (records.isEmpty()) {
      Files.delete(openFile);
      log.warn("deleted {}: it held no whole WARC record", openFile);
    } else {
      Files.move(openFile, openFile.resolveSibling(name), StandardCopyOption.ATOMIC_MOVE);
      CdxjIndex.writeQuietly(openFile.resolveSibling(name));
      log.warn("recovered {}: {} whole records kept, {} bytes of a partial record cut",
          openFile, records.size(), size - end);
    }
    WarcFile.syncDirectory(openFile.getParent());
    return new Recovered(name, records, size - end);
  }

  /** The record in one member, or empty when the member does not hold exactly one whole record. */
  static Optional<Found> parse(byte[] data, long offset, long length) {
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(data))) {
      Optional<WarcRecord> first = reader.next();
      if (first.isEmpty()) {
        return Optional.empty();
      }
      WarcRecord r = first.get();
      Integer status = null;
      String contentType = null;
      String refersTo = null;
      if (r instanceof WarcResponse || r instanceof WarcRevisit) {
        try {
          HttpResponse http = r instanceof WarcResponse
              ? ((WarcResponse) r).http() : ((WarcRevisit) r).http();
          status = http.status();
          contentType = http.headers().first("Content-Type").orElse(null);
        } catch (IOException | RuntimeException e) {
          // Not an HTTP message: still a whole record, just without a status.
        }
      }
      if (r instanceof WarcRevisit) {
        refersTo = ((WarcRevisit) r).refersTo().map(Object::toString).orElse(null);
      }
      String target = r instanceof WarcTargetRecord ? ((WarcTargetRecord) r).target() : null;
      String digest = r instanceof WarcTargetRecord
          ? ((WarcTargetRecord) r).payloadDigest().map(d -> d.prefixedBase32()).orElse(null)
          : null;
      Found found = new Found(r.type(), offset, length, r.id().toString(), target, r.date(),
          status, contentType, digest, r.truncated() != WarcTruncationReason.NOT_TRUNCATED,
          refersTo);
      // Reading on consumes the rest of the block and checks the record's closing CRLFCRLF.
      return reader.next().isEmpty() ? Optional.of(found) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
