package dev.kliping.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes exchanges into the archive's WARC files, each file opened by a warcinfo record and
 * closed once it passes the size limit. A file is created only when the first exchange comes,
 * so opening an archive to query it leaves no empty files. Thread-safe: writes are serialised.
 */
final class WarcRecorder implements AutoCloseable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final ArchiveOptions options;
  private WarcFile current;
  private URI currentInfoId;
  private int sequence;
  /** Records written whose capture rows are not yet committed; see {@link #committed()}. */
  private int uncommitted;

  WarcRecorder(Path dir, ArchiveOptions options) {
    this.dir = dir;
    this.options = options;
  }

  /**
   * Writes the exchange's request and response records and forces them to disk. On success the
   * caller must call {@link #committed()} once its row is committed (or has failed). Thread-safe:
   * records are written one at a time, and forced together with those of other threads.
   */
  WarcLocation record(Exchange exchange) throws IOException {
    return record(exchange, null);
  }

  /** As {@link #record(Exchange)}, the response written as the revisit when not null. */
  WarcLocation record(Exchange exchange, Revisit revisit) throws IOException {
    Written w = write(exchange, revisit);
    try {
      w.file.forceThrough(w.response);
    } catch (IOException e) {
      committed();
      throw named(w.file, e);
    } catch (RuntimeException e) {
      committed();
      throw e;
    }
    return w.location;
  }

  private record Written(WarcFile file, WarcFile.Span response, WarcLocation location) {}

  private synchronized Written write(Exchange exchange, Revisit revisit) throws IOException {
    // A file is never closed while a record in it may still lack its row: recovery at start-up
    // only re-reads .open files, so a whole record in a closed file without a row would stay
    // unreconciled after a crash. With rows pending, the file grows a little past its limit.
    if (current != null && uncommitted == 0 && current.size() >= options.maxWarcBytes()) {
      closeCurrent();
    }
    if (current == null) {
      startFile();
    }
    ExchangeRecords records = ExchangeRecords.of(exchange, currentInfoId, revisit);
    List<WarcFile.Span> spans;
    WarcFile writing = current;
    try {
      spans = current.write(List.of(records.request(), records.response()));
    } catch (IOException e) {
      IOException named = named(writing, e);
      if (!current.isOpen()) {
        // An interrupted thread closed the channel. Leave the file .open for recovery at the
        // next start, and begin a new file with the next exchange.
        current = null;
        currentInfoId = null;
      }
      throw named;
    }
    WarcFile.Span response = spans.get(1);
    current.indexed(indexEntry(exchange, records, response));
    uncommitted++;
    return new Written(current, response, new WarcLocation(current.name(), response.offset(),
        response.length(), records.response().id().toString(), records.payloadDigest()));
  }

  /**
   * The response or revisit record as reading it back from the file would find it (see
   * {@link WarcRecovery#parse}): its HTTP status and Content-Type are those of the header block
   * written, {@link HttpBlocks#fixedHeaders}.
   */
  private static WarcRecovery.Found indexEntry(Exchange exchange, ExchangeRecords records,
      WarcFile.Span span) {
    String contentType = null;
    for (Map.Entry<String, String> h : HttpBlocks.fixedHeaders(exchange)) {
      if (h.getKey().equalsIgnoreCase("Content-Type")) {
        contentType = h.getValue().strip();
        break;
      }
    }
    var r = records.response();
    return new WarcRecovery.Found(r.type(), span.offset(), span.length(), r.id().toString(),
        r.target(), exchange.fetchedAt(), exchange.status(), contentType,
        r.payloadDigest().map(d -> d.prefixedBase32()).orElse(null), exchange.truncated(), null);
  }

  /** The row for a record returned by {@link #record} is committed, or will never be. */
  synchronized void committed() {
    uncommitted--;
  }

  /*
   * A channel's write error says what went wrong ("No space left on device") but not where: the
   * file is named, so the one line a user sees says which disk to look at.
   */
  private IOException named(WarcFile file, IOException e) {
    if (e instanceof java.nio.file.FileSystemException) {
      return e;
    }
    java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(
        dir.resolve(file.name() + WarcFile.OPEN).toString(), null, e.getMessage());
    named.initCause(e);
    return named;
  }

  private void startFile() throws IOException {
    String name = nextName();
    WarcFile file = WarcFile.create(dir, name);
    URI infoId = URI.create("urn:uuid:" + UUID.randomUUID());
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of(options.software()));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put("conformsTo", List.of(
        "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
    fields.put("robots", List.of("obey"));
    Warcinfo info = new Warcinfo.Builder()
        .version(MessageVersion.WARC_1_1)
        .recordId(infoId)
        .date(options.clock().instant())
        .filename(name)
        .fields(fields)
        .build();
    try {
      file.append(List.of(info));
    } catch (IOException e) {
      try {
        file.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    current = file;
    currentInfoId = infoId;
  }

  /**
   * kliping-<UTC yyyyMMddHHmmss>-<5-digit sequence>.warc.gz (a cluster node's name after
   * "kliping-"), skipping names already taken.
   */
  private String nextName() {
    String stamp = STAMP.format(options.clock().instant());
    while (true) {
      String name = String.format("%s%s-%05d.warc.gz", options.warcPrefix(), stamp,
          sequence++);
      if (!Files.exists(dir.resolve(name)) && !Files.exists(dir.resolve(name + WarcFile.OPEN))) {
        return name;
      }
    }
  }

  private void closeCurrent() throws IOException {
    WarcFile file = current;
    current = null;
    currentInfoId = null;
    file.close();
  }

  /** Closes and renames the file being written, if any. */
  @Override
  public synchronized void close() throws IOException {
    if (current != null) {
      closeCurrent();
    }
  }
}
