package dev.kliping.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.archive.Archive;
import dev.kliping.archive.CdxjIndex;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A WACZ 1.2.0 package of exported captures, for ReplayWeb.page and pywb: {@code archive/} with
 * the WARC records of the selected pages, {@code indexes/index.cdxj}, {@code pages/pages.jsonl}
 * (one line per exported version: url, ts, title and the extracted text, so the replay tool's
 * search finds it), {@code datapackage.json} with a sha256 per file, and
 * {@code datapackage-digest.json}. The parts are gathered in a temporary folder, because a zip
 * entry stored uncompressed must know its size and CRC before its bytes. Not thread-safe.
 */
final class WaczPackage implements AutoCloseable {
  static final String WARC = "data.warc.gz";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path tmp;
  private final OutputStream warcOut;
  private final WarcCopy copy;
  private final BufferedWriter pages;
  private final Instant created;

  WaczPackage(Archive archive, Instant created) throws IOException {
    this.tmp = Files.createTempDirectory("kliping-wacz");
    this.created = created;
    this.warcOut = Files.newOutputStream(tmp.resolve(WARC));
    this.copy = new WarcCopy(archive, warcOut);
    this.pages = Files.newBufferedWriter(tmp.resolve("pages.jsonl"), StandardCharsets.UTF_8);
    pages.write(JSON.writeValueAsString(Map.of("format", "json-pages-1.0", "id", "pages",
        "title", "All Pages")));
    pages.write('\n');
  }

  /**
   * Adds the version's page (all its captures, once) and the version to the page list, under
   * the URL its capture fetched (such as {@code ?page=all} for a story on one page), which is
   * the URL the replay tool finds in the index.
   */
  void add(ExportRow row) throws IOException {
    copy.page(row.pageId());
    String url = row.captureUrl();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("id", "v" + row.versionId());
    page.put("url", url);
    page.put("ts", row.captured().toString());
    page.put("title", row.title());
    page.put("text", row.body());
    pages.write(JSON.writeValueAsString(page));
    pages.write('\n');
  }

  /** Writes the package to out. */
  void finish(OutputStream out) throws IOException {
    warcOut.close();
    pages.close();
    Files.write(tmp.resolve("index.cdxj"),
        CdxjIndex.lines(tmp.resolve(WARC), WARC), StandardCharsets.UTF_8);
    List<Map<String, Object>> resources = new ArrayList<>();
    resources.add(resource("pages.jsonl", "pages/pages.jsonl"));
    resources.add(resource("index.cdxj", "indexes/index.cdxj"));
    resources.add(resource(WARC, "archive/" + WARC));
    Map<String, Object> datapackage = new LinkedHashMap<>();
    // WACZ 1.2.0 names the profile "wacz", but ReplayWeb.page 2.5 (wabac.js 2.27) refuses any
    // profile but "data-package", the 1.1.1 value that Browsertrix still writes; replay wins.
    datapackage.put("profile", "data-package");
    datapackage.put("wacz_version", "1.2.0");
    datapackage.put("title", "kliping export");
    datapackage.put("created", created.toString());
    datapackage.put("modified", created.toString());
    datapackage.put("software", "kliping");
    datapackage.put("resources", resources);
    Files.write(tmp.resolve("datapackage.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(datapackage));
    Map<String, Object> digest = new LinkedHashMap<>();
    digest.put("path", "datapackage.json");
    digest.put("hash", "sha256:" + sha256(tmp.resolve("datapackage.json")));
    Files.write(tmp.resolve("datapackage-digest.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(digest));

    ZipOutputStream zip = new ZipOutputStream(out);
    stored(zip, "archive/" + WARC, tmp.resolve(WARC));
    deflated(zip, "indexes/index.cdxj", tmp.resolve("index.cdxj"));
    deflated(zip, "pages/pages.jsonl", tmp.resolve("pages.jsonl"));
    deflated(zip, "datapackage.json", tmp.resolve("datapackage.json"));
    deflated(zip, "datapackage-digest.json", tmp.resolve("datapackage-digest.json"));
    // finish, not close: the caller owns out.
    zip.finish();
  }

  private Map<String, Object> resource(String name, String path) throws IOException {
    Path file = tmp.resolve(name);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("name", name);
    r.put("path", path);
    r.put("hash", "sha256:" + sha256(file));
    r.put("bytes", Files.size(file));
    return r;
  }

  /**
   * The WARC goes in uncompressed ("STORE"): its records are gzip members already, and a replay
   * tool reads one by its offset straight out of the zip.
   */
  private static void stored(ZipOutputStream zip, String name, Path file) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(Files.size(file));
    e.setCompressedSize(Files.size(file));
    CRC32 crc = new CRC32();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        crc.update(buffer, 0, n);
      }
    }
    e.setCrc(crc.getValue());
    zip.putNextEntry(e);
    Files.copy(file, zip);
    zip.closeEntry();
  }

  private static void deflated(ZipOutputStream zip, String name, Path file) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    Files.copy(file, zip);
    zip.closeEntry();
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Deletes the temporary parts. */
  @Override
  public void close() throws IOException {
    warcOut.close();
    pages.close();
    try (var files = Files.list(tmp)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(tmp);
  }
}
