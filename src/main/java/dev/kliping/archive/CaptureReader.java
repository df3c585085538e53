package dev.kliping.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads a capture's response back from its WARC file by offset, as an {@link Exchange}, for
 * re-extraction and checks. The file may still be open for writing. Thread-safe.
 */
final class CaptureReader {
  private final Path dir;

  CaptureReader(Path dir) {
    this.dir = dir;
  }

  /**
   * The recorded response: status, the headers as stored (fixed to match the body, in name
   * order), and the body. Request headers are not read back.
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
      if (!(record instanceof WarcResponse)
          || (capture.warcRecordId() != null
              && !capture.warcRecordId().equals(record.id().toString()))) {
        throw new IOException("the record at offset " + capture.warcOffset() + " is "
            + record.type() + " " + record.id() + ", not the response " + capture.warcRecordId());
      }
      WarcResponse response = (WarcResponse) record;
      HttpResponse http = response.http();
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      http.headers().map().forEach((name, values) ->
          values.forEach(v -> headers.add(new SimpleImmutableEntry<>(name, v))));
      byte[] body = http.body().stream().readAllBytes();
      return new Exchange(response.target(), "GET", List.of(), http.status(), http.reason(),
          http.version().toString(), headers, body,
          http.headers().first(HttpBlocks.ORIGINAL + "Content-Encoding").orElse(null),
          response.truncated() != WarcTruncationReason.NOT_TRUNCATED,
          response.ipAddress().orElse(null), response.date());
    } catch (IOException e) {
      throw new ArchiveException("cannot read capture " + capture.id() + " from " + file
          + " at offset " + capture.warcOffset() + ": " + e.getMessage(), e);
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
