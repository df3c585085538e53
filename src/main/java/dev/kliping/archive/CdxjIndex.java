package dev.kliping.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CDXJ index of a WARC file, as pywb, ReplayWeb.page and warcio.js read and write it: one line
 * per response or revisit record, {@code <SURT> <14-digit UTC timestamp> {"url", "mime",
 * "status", "digest", "length", "offset", "filename"}}, sorted. Revisits have the mime
 * {@code warc/revisit}, which is how replay tools know to follow them. The index of
 * {@code x.warc.gz} is {@code x.cdxj} beside it.
 */
public final class CdxjIndex {
  private static final Logger log = LoggerFactory.getLogger(CdxjIndex.class);
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SUFFIX = ".cdxj";

  private CdxjIndex() {}

  /**
   * The sorted index lines of a WARC file's whole records.
   *
   * @param filename the name the lines give the file (a WACZ names it as stored in the package)
   */
  public static List<String> lines(Path warcFile, String filename) throws IOException {
    List<String> lines = new ArrayList<>();
    for (WarcRecovery.Found r : WarcScan.scan(warcFile).records()) {
      if (r.isCapture() && r.targetUri() != null) {
        lines.add(line(r, filename));
      }
    }
    // pywb and ReplayWeb.page binary-search the lines: plain code-point order, as `LC_ALL=C sort`.
    lines.sort(null);
    return lines;
  }

  /** The index line of one response or revisit record of the named file. */
  static String line(WarcRecovery.Found r, String filename) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("url", r.targetUri());
    String mime = "revisit".equals(r.type()) ? "warc/revisit" : mime(r.contentType());
    if (mime != null) {
      fields.put("mime", mime);
    }
    if (r.status() != null) {
      fields.put("status", r.status().toString());
    }
    if (r.payloadDigest() != null) {
      String d = r.payloadDigest();
      fields.put("digest", d.substring(d.indexOf(':') + 1));
    }
    fields.put("length", Long.toString(r.length()));
    fields.put("offset", Long.toString(r.offset()));
    fields.put("filename", filename);
    try {
      return Surt.of(r.targetUri()) + " " + TIMESTAMP.format(r.date()) + " "
          + JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  private static String mime(String contentType) {
    if (contentType == null) {
      return null;
    }
    String media = contentType.split(";", 2)[0].trim();
    return media.isEmpty() ? null : media;
  }

  /** Where the index of a WARC file goes: {@code x.warc.gz} is indexed in {@code x.cdxj}. */
  public static Path pathFor(Path warcFile) {
    String name = warcFile.getFileName().toString();
    String base = name.endsWith(".warc.gz") ? name.substring(0, name.length() - 8) : name;
    return warcFile.resolveSibling(base + SUFFIX);
  }

  /**
   * Where the lines of a WARC file being written wait, in the order written, until it is closed
   * and they are sorted into its index ({@link #writeSorted}); recovery after a crash deletes it
   * and reads the file instead.
   */
  static Path pendingPathFor(Path warcFile) {
    Path index = pathFor(warcFile);
    return index.resolveSibling(index.getFileName() + WarcFile.OPEN);
  }

  /** Writes (replacing) the index of a closed WARC file, atomically, and returns its path. */
  public static Path write(Path warcFile) throws IOException {
    return write(warcFile, lines(warcFile, warcFile.getFileName().toString()));
  }

  /**
   * Writes the index of a WARC file just closed from the lines its writer kept as it went
   * ({@link #pendingPathFor}), sorted, and deletes them: the same index as {@link #write(Path)},
   * without reading the file again. If that fails, the file is read after all; a failure then
   * is logged, not thrown: the WARC file is sound without it, and {@code kliping index} writes it
   * again.
   */
  static void writeSorted(Path warcFile, Path pending) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(pending, StandardCharsets.UTF_8));
      lines.sort(null);
      write(warcFile, lines);
    } catch (IOException | RuntimeException e) {
      log.warn("the index lines kept while writing {} are unreadable ({}): reading the file",
          warcFile, e.toString());
      writeQuietly(warcFile);
    }
    try {
      Files.deleteIfExists(pending);
    } catch (IOException e) {
      log.warn("could not delete {} ({})", pending, e.toString());
    }
  }

  private static Path write(Path warcFile, List<String> lines) throws IOException {
    Path target = pathFor(warcFile);
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // A full disk leaves a partial temporary file: not an index, and in the way of the next.
      Files.deleteIfExists(tmp);
      throw e;
    }
    return target;
  }

  /**
   * Writes the index of a WARC file just closed. A failure is logged, not thrown: the WARC file
   * is sound without it, and {@code kliping index} writes it again.
   */
  static void writeQuietly(Path warcFile) {
    try {
      write(warcFile);
    } catch (IOException | RuntimeException e) {
      log.warn("could not index {} ({}); run `kliping index` to write it", warcFile,
          e.toString());
    }
  }

  /** What {@link #rebuild(Path)} did: files indexed and lines written. */
  public record Rebuilt(int files, long lines) {}

  /** (Re)writes the index of every closed WARC file in warcDir; files being written wait. */
  public static Rebuilt rebuild(Path warcDir) throws IOException {
    int files = 0;
    long lines = 0;
    for (Path file : WarcScan.files(warcDir)) {
      if (file.getFileName().toString().endsWith(".warc.gz")) {
        Path index = write(file);
        lines += Files.readAllLines(index).size();
        files++;
      }
    }
    return new Rebuilt(files, lines);
  }
}
