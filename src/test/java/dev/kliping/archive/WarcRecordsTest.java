package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

class WarcRecordsTest {
  @TempDir Path dir;

  static List<Path> warcFiles(Path warcDir) throws IOException {
    // The folder also holds each closed file's CDXJ index.
    try (Stream<Path> files = Files.list(warcDir)) {
      return files.filter(f -> f.getFileName().toString().contains(".warc.gz")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void exchangeIsWarcinfoThenRequestThenResponseWithHeadersMatchingTheStoredBody()
      throws IOException {
    String html = "<html><body><p>Anggaran naik.</p></body></html>";
    Capture c;
    try (Archive archive = Archive.open(dir)) {
      c = archive.capture(null, Fixtures.gunzipped(Fixtures.URL, html, Fixtures.T0));
      assertTrue(warcFiles(archive.warcDir()).get(0).toString().endsWith(".warc.gz.open"));
    }
    List<Path> files = warcFiles(dir.resolve("warc"));
    assertEquals(1, files.size());
    assertTrue(files.get(0).getFileName().toString().matches("kliping-\\d{14}-00000\\.warc\\.gz"));
    assertEquals(files.get(0).getFileName().toString(), c.warcFile());

    try (WarcReader reader = new WarcReader(files.get(0))) {
      reader.calculateBlockDigest();
      Warcinfo info = (Warcinfo) reader.next().orElseThrow();
      assertEquals(c.warcFile(), info.filename().orElseThrow());
      assertTrue(info.fields().first("software").orElseThrow().startsWith("kliping/"));

      WarcRequest request = (WarcRequest) reader.next().orElseThrow();
      assertEquals("GET", request.http().method());
      assertEquals("/politik/read/2024/05/01/612345/anggaran-naik", request.http().target());
      assertEquals(request.blockDigest(), request.calculatedBlockDigest());

      WarcResponse response = (WarcResponse) reader.next().orElseThrow();
      assertEquals(c.warcOffset(), reader.position(), "capture row points at the response");
      assertEquals(c.warcRecordId(), response.id().toString());
      assertEquals(List.of(request.id()), response.concurrentTo());
      assertEquals(List.of(response.id()), request.concurrentTo());
      assertEquals(info.id(), response.warcinfoID().orElseThrow());
      assertEquals("203.0.113.7", response.ipAddress().orElseThrow().getHostAddress());
      assertEquals(Fixtures.T0, response.date());
      assertEquals(WarcTruncationReason.NOT_TRUNCATED, response.truncated());
      assertEquals(c.payloadDigest(), response.payloadDigest().orElseThrow().prefixedBase32());
      assertTrue(c.payloadDigest().startsWith("sha1:"));

      HttpResponse http = response.http();
      assertEquals(200, http.status());
      assertTrue(http.headers().first("Content-Encoding").isEmpty());
      assertTrue(http.headers().first("Transfer-Encoding").isEmpty());
      assertEquals("gzip", http.headers().first("X-Kliping-Original-Content-Encoding").get());
      assertEquals("chunked", http.headers().first("X-Kliping-Original-Transfer-Encoding").get());
      assertEquals(List.of("a=1", "b=2"), http.headers().all("Set-Cookie"));
      byte[] body = http.body().stream().readAllBytes();
      assertEquals(Long.toString(body.length), http.headers().sole("Content-Length").get());
      assertArrayEquals(html.getBytes(StandardCharsets.UTF_8), body);
      assertEquals(response.blockDigest(), response.calculatedBlockDigest());

      assertTrue(reader.next().isEmpty());
    }
  }

  @Test
  void truncatedBodyIsMarkedAndItsContentLengthFixed() throws IOException {
    Capture c;
    try (Archive archive = Archive.open(dir)) {
      c = archive.capture(null, Fixtures.plain(Fixtures.URL, 200, "cut here", Fixtures.T0, true));
    }
    assertTrue(c.truncated());
    try (WarcReader reader = new WarcReader(dir.resolve("warc").resolve(c.warcFile()))) {
      reader.position(c.warcOffset());
      WarcResponse response = (WarcResponse) reader.next().orElseThrow();
      assertEquals(WarcTruncationReason.LENGTH, response.truncated());
      HttpResponse http = response.http();
      assertEquals("8", http.headers().sole("Content-Length").get());
      assertEquals("80", http.headers().sole("X-Kliping-Original-Content-Length").get());
    }
  }

  @Test
  void eachRecordIsItsOwnGzipMember() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      archive.capture(null, Fixtures.plain(Fixtures.URL, 200, "one", Fixtures.T0, false));
      archive.capture(null, Fixtures.plain(Fixtures.URL, 404, "two", Fixtures.T0, false));
    }
    Path file = warcFiles(dir.resolve("warc")).get(0);
    List<Long> offsets = new ArrayList<>();
    List<String> types = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord r : reader) {
        offsets.add(reader.position());
        types.add(r.type());
      }
    }
    assertEquals(List.of("warcinfo", "request", "response", "request", "response"), types);
    byte[] bytes = Files.readAllBytes(file);
    for (long offset : offsets) {
      assertEquals(0x1f, bytes[(int) offset] & 0xff, "gzip member starts at " + offset);
      assertEquals(0x8b, bytes[(int) offset + 1] & 0xff);
    }
  }

  @Test
  void fullFileIsClosedAndTheNextOneStartsWithItsOwnWarcinfo() throws IOException {
    ArchiveOptions small = ArchiveOptions.defaults().withMaxWarcBytes(1);
    try (Archive archive = Archive.open(dir, small)) {
      for (int i = 0; i < 3; i++) {
        archive.capture(null, Fixtures.plain(Fixtures.URL + i, 200, "page " + i, Fixtures.T0,
            false));
      }
      List<Path> during = warcFiles(archive.warcDir());
      assertEquals(3, during.size());
      assertEquals(1, during.stream().filter(p -> p.toString().endsWith(".open")).count());
    }
    List<Path> files = warcFiles(dir.resolve("warc"));
    assertEquals(3, files.size());
    for (Path f : files) {
      assertFalse(f.toString().endsWith(".open"));
      try (WarcReader reader = new WarcReader(f)) {
        List<String> types = reader.records().map(WarcRecord::type).collect(Collectors.toList());
        assertEquals(List.of("warcinfo", "request", "response"), types, f.toString());
      }
    }
  }

  @Test
  void captureReadsBackAsTheExchangeItRecorded() {
    String html = "<p>Isi berita</p>";
    try (Archive archive = Archive.open(dir)) {
      Capture c = archive.capture(null, Fixtures.gunzipped(Fixtures.URL, html, Fixtures.T0));
      Exchange back = archive.read(c);
      assertEquals(Fixtures.URL, back.url());
      assertEquals(200, back.status());
      assertEquals("gzip", back.decodedContentEncoding());
      assertEquals("text/html; charset=UTF-8", back.header("Content-Type"));
      assertEquals(html, new String(back.body(), StandardCharsets.UTF_8));
      assertEquals(Fixtures.T0, back.fetchedAt());
    }
  }

  @Test
  void openingForQueriesCreatesNoWarcFile() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      assertTrue(archive.history(Fixtures.URL).isEmpty());
    }
    assertTrue(warcFiles(dir.resolve("warc")).isEmpty());
  }
}
