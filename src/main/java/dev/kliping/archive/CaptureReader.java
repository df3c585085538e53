package dev.kliping.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Reads a capture's response back from its WARC file by offset, as an {@link Exchange}, for
 * re-extraction and checks. A revisit record is followed to the record holding its bytes. The
 * file may still be open for writing. Thread-safe.
 */
final class CaptureReader {
  private final Path dir;
  private final Database db;

  CaptureReader(Path dir, Database db) {
    this.dir = dir;
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * The recorded response: status, the headers as stored (fixed to match the body, in name
   * order), and the body. Request headers are not read back. For an identical-payload revisit
   * the status and headers are the revisit's and the body the original's; for a 304 all three
   * are the original's, as the server said nothing had changed.
   */
  Exchange read(Capture capture) {
    if (!capture.hasResponse()) {
      throw new IllegalArgumentException("capture " + capture.id() + " of " + capture.url()
          + " has no response: " + capture.outcome());
    }
    Path file = dir.resolve(capture.warcFile());
    try (FileChannel ch = open(capture.warcFile())) {
      ch.position(capture.warcOffset());
      WarcReader reader = new WarcReader(ch);
      WarcRecord record = reader.next().orElseThrow(
          () -> new IOException("no record at offset " + capture.warcOffset()));
      if (!(record instanceof WarcResponse || record instanceof WarcRevisit)
          || (capture.warcRecordId() != null
              && !capture.warcRecordId().equals(record.id().toString()))) {
        throw new IOException("the record at offset " + capture.warcOffset() + " is "
            + record.type() + " " + record.id() + ", not the response " + capture.warcRecordId());
      }
      if (record instanceof WarcRevisit) {
        return revisit(capture, (WarcRevisit) record);
      }
      WarcResponse response = (WarcResponse) record;
      return exchange(response, response.http(), response.http().body().stream().readAllBytes());
    } catch (IOException e) {
      throw new ArchiveException("cannot read capture " + capture.id() + " from " + file
          + " at offset " + capture.warcOffset() + ": " + e.getMessage(), e);
    }
  }

  private Exchange revisit(Capture capture, WarcRevisit record) throws IOException {
    String refersTo = record.refersTo().map(Object::toString).orElseThrow(
        () -> new IOException("revisit record " + record.id() + " names no WARC-Refers-To"));
    Capture original = db.read(c -> Captures.byRecordId(c, refersTo)).orElseThrow(
        () -> new IOException("revisit record " + record.id() + " refers to " + refersTo
            + ", which no capture holds"));
    if (original.id() == capture.id()) {
      throw new IOException("revisit record " + record.id() + " refers to itself");
    }
    Exchange bytes = read(original);
    if (WarcRevisit.SERVER_NOT_MODIFIED_1_1.equals(record.profile())
        || WarcRevisit.SERVER_NOT_MODIFIED_1_0.equals(record.profile())) {
      return new Exchange(record.target(), "GET", List.of(), bytes.status(), bytes.reason(),
          bytes.protocol(), bytes.headers(), bytes.body(), bytes.decodedContentEncoding(),
          bytes.truncated(), record.ipAddress().orElse(null), record.date());
    }
    return exchange(record, record.http(), bytes.body());
  }

  private static Exchange exchange(WarcCaptureRecord record, HttpResponse http, byte[] body) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    http.headers().map().forEach((name, values) ->
        values.forEach(v -> headers.add(new SimpleImmutableEntry<>(name, v))));
    return new Exchange(record.target(), "GET", List.of(), http.status(), http.reason(),
        http.version().toString(), headers, body,
        http.headers().first(HttpBlocks.ORIGINAL + "Content-Encoding").orElse(null),
        record.truncated() != WarcTruncationReason.NOT_TRUNCATED,
        record.ipAddress().orElse(null), record.date());
  }

  /**
   * Copies the capture's record, response or revisit, as stored (so its digests still verify)
   * to the writer.
   */
  void copy(Capture capture, WarcWriter to) {
    if (!capture.hasResponse()) {
      throw new IllegalArgumentException("capture " + capture.id() + " of " + capture.url()
          + " has no WARC record: " + capture.outcome());
    }
    try (FileChannel ch = open(capture.warcFile())) {
      ch.position(capture.warcOffset());
      WarcRecord record = new WarcReader(ch).next().orElseThrow(() -> new IOException(
          "no WARC record at offset " + capture.warcOffset()));
      to.write(record);
    } catch (IOException e) {
      throw new ArchiveException("cannot copy capture " + capture.id() + " from "
          + dir.resolve(capture.warcFile()) + " at offset " + capture.warcOffset() + ": "
          + e.getMessage(), e);
    }
  }

  /** The file under its final name, or under its .open name while it is still being written. */
  private FileChannel open(String name) throws IOException {
    try {
      return FileChannel.open(dir.resolve(name + WarcFile.OPEN));
    } catch (NoSuchFileException e) {
      // Closed, or closed between our looking and opening: the final name is then there.
      return FileChannel.open(dir.resolve(name));
    }
  }
}
