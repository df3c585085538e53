package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.extract.Article;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/** An unchanged re-fetch and a 304 are revisit records, and every reader follows them. */
class RevisitRecordsTest {
  private static final String HTML = "<html><body><p>Anggaran pertahanan naik.</p>"
      + "<p>" + words(2000) + "</p></body></html>";
  private static final Instant T1 = Fixtures.T0.plus(Duration.ofHours(1));
  private static final Instant T2 = Fixtures.T0.plus(Duration.ofHours(2));

  @TempDir Path dir;

  /** Text that gzip cannot shrink much, so a record with the body is clearly longer. */
  private static String words(int n) {
    java.util.Random random = new java.util.Random(13);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(Integer.toString(random.nextInt(1 << 20), 36)).append(' ');
    }
    return sb.toString();
  }

  private static WarcRecord recordAt(Path warcDir, Capture c) throws IOException {
    Path file = warcDir.resolve(c.warcFile());
    if (!java.nio.file.Files.exists(file)) {
      file = warcDir.resolve(c.warcFile() + ".open");
    }
    try (FileChannel ch = FileChannel.open(file)) {
      ch.position(c.warcOffset());
      WarcRecord r = new WarcReader(ch).next().orElseThrow();
      if (r instanceof WarcRevisit) {
        ((WarcRevisit) r).http();
      }
      return r;
    }
  }

  private static Exchange notModified(Instant at) {
    return new Exchange(Fixtures.URL, "GET", List.of(Fixtures.h("If-None-Match", "\"v1\"")), 304,
        "Not Modified", "HTTP/1.1", List.of(Fixtures.h("ETag", "\"v1\"")), new byte[0], null,
        false, null, at);
  }

  @Test
  void unchangedRefetchIsARevisitWithItsHeadersAndWithoutTheBody() throws IOException {
    Capture first;
    Capture second;
    try (Archive archive = Archive.open(dir)) {
      first = archive.capture(null, Fixtures.gunzipped(Fixtures.URL, HTML, Fixtures.T0));
      second = archive.capture(null, Fixtures.gunzipped(Fixtures.URL, HTML, T1));
      Exchange read = archive.read(second);
      assertEquals(200, read.status());
      assertEquals(T1, read.fetchedAt());
      assertArrayEquals(HTML.getBytes(StandardCharsets.UTF_8), read.body());
      assertEquals("text/html; charset=UTF-8", read.header("Content-Type"));
      assertTrue(archive.audit().ok(), () -> archive.audit().problems().toString());
    }
    assertEquals(first.payloadDigest(), second.payloadDigest());
    assertTrue(second.warcLength() * 5 < first.warcLength(),
        "the revisit holds no body: " + second.warcLength() + " vs " + first.warcLength());

    WarcRevisit revisit = assertInstanceOf(WarcRevisit.class,
        recordAt(dir.resolve("warc"), second));
    assertEquals(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1, revisit.profile());
    assertEquals(URI.create(first.warcRecordId()), revisit.refersTo().orElseThrow());
    assertEquals(URI.create(Fixtures.URL), revisit.refersToTargetURI().orElseThrow());
    assertEquals(Fixtures.T0, revisit.refersToDate().orElseThrow());
    assertEquals(first.payloadDigest(),
        revisit.payloadDigest().orElseThrow().prefixedBase32());
    assertEquals(200, revisit.http().status());
    assertEquals("Accept-Encoding", revisit.http().headers().first("Vary").orElseThrow());
    assertEquals(0, revisit.http().body().stream().readAllBytes().length);
  }

  @Test
  void aNotModifiedIsARevisitThatReadsAsTheOriginal() throws IOException {
    Capture original;
    Capture notModified;
    try (Archive archive = Archive.open(dir)) {
      original = archive.capture(null, Fixtures.gunzipped(Fixtures.URL, HTML, Fixtures.T0));
      notModified = archive.capture(null, notModified(T1));
      assertEquals(304, notModified.status());
      Exchange read = archive.read(notModified);
      assertEquals(200, read.status());
      assertEquals(T1, read.fetchedAt());
      assertArrayEquals(HTML.getBytes(StandardCharsets.UTF_8), read.body());
    }
    WarcRevisit revisit = assertInstanceOf(WarcRevisit.class,
        recordAt(dir.resolve("warc"), notModified));
    assertEquals(WarcRevisit.SERVER_NOT_MODIFIED_1_1, revisit.profile());
    assertEquals(URI.create(original.warcRecordId()), revisit.refersTo().orElseThrow());
    assertEquals(304, revisit.http().status());
  }

  @Test
  void aChangedBodyIsWrittenWholeAndLaterRevisitsReferToIt() throws IOException {
    try (Archive archive = Archive.open(dir)) {
      archive.capture(null, Fixtures.gunzipped(Fixtures.URL, HTML, Fixtures.T0));
      Capture changed = archive.capture(null,
          Fixtures.gunzipped(Fixtures.URL, HTML.replace("naik", "turun"), T1));
      Capture again = archive.capture(null,
          Fixtures.gunzipped(Fixtures.URL, HTML.replace("naik", "turun"), T2));
      Capture otherUrl = archive.capture(null,
          Fixtures.gunzipped(Fixtures.URL + "?page=2", HTML, T2));
      assertInstanceOf(WarcResponse.class, recordAt(archive.warcDir(), changed));
      assertInstanceOf(WarcResponse.class, recordAt(archive.warcDir(), otherUrl),
          "the same bytes under another URL are another page, not a revisit");
      WarcRevisit revisit = assertInstanceOf(WarcRevisit.class,
          recordAt(archive.warcDir(), again));
      assertEquals(URI.create(changed.warcRecordId()), revisit.refersTo().orElseThrow());
    }
  }

  @Test
  void aRebuildFromTheWarcFilesFollowsRevisitsToTheirOriginal() {
    try (Archive archive = Archive.open(dir)) {
      archive.capture(null, Fixtures.gunzipped(Fixtures.URL, HTML, Fixtures.T0));
      archive.capture(null, Fixtures.gunzipped(Fixtures.URL, HTML, T1));
      archive.capture(null, notModified(T2));
    }
    ResponseReader pageOnly = new ResponseReader() {
      @Override
      public Optional<PageRef> page(String url) {
        return Optional.of(new PageRef("rmol", url));
      }

      @Override
      public Article article(String outletId, Exchange response) {
        return null;
      }
    };
    DatabaseRebuild.Result rebuilt = DatabaseRebuild.rebuild(dir, pageOnly,
        Clock.fixed(T2, ZoneOffset.UTC));
    assertEquals(3, rebuilt.captures());
    try (Archive archive = Archive.open(dir)) {
      assertTrue(archive.audit().ok(), () -> archive.audit().problems().toString());
      List<Capture> captures = archive.captures(Fixtures.URL);
      assertEquals(3, captures.size());
      for (Capture c : captures) {
        assertArrayEquals(HTML.getBytes(StandardCharsets.UTF_8), archive.read(c).body(),
            "capture " + c.id() + " reads back the original bytes");
      }
    }
  }
}
