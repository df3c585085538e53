package dev.kliping.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Exchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** The WARC files read back record by record, and a crawl into an existing archive keeps it. */
class ArchiveIntegrityTest {
  @TempDir Path archiveDir;

  @Test
  void warcFilesReadBackAndMatchTheCaptureRows() throws IOException {
    try (ReplayCrawl replay = ReplayCrawl.recorded("paltv")) {
      replay.crawl(archiveDir);
    }
    Map<String, Integer> types = new HashMap<>();
    Set<String> responseIds = new HashSet<>();
    for (Path file : warcFiles()) {
      assertTrue(file.toString().endsWith(".warc.gz"), "closed after the crawl: " + file);
      try (WarcReader reader = new WarcReader(file)) {
        for (WarcRecord record : reader) {
          types.merge(record.type(), 1, Integer::sum);
          if (record instanceof WarcResponse response) {
            responseIds.add(response.id().toString());
            assertTrue(response.contentType().equals(MediaType.HTTP_RESPONSE),
                response.contentType().toString());
            response.http().body().stream().readAllBytes();
          }
        }
      }
    }
    assertTrue(types.get("warcinfo") >= 1, types.toString());
    assertEquals(types.get("request"), types.get("response"), types.toString());

    try (Archive archive = Archive.open(archiveDir)) {
      assertEquals(responseIds, new HashSet<>(ArchiveQueries.strings(archive,
          "SELECT warc_record_id FROM capture WHERE warc_file IS NOT NULL")),
          "one capture row per response record");
      List<String> pages = ArchiveQueries.strings(archive, "SELECT url FROM page");
      for (String url : pages) {
        for (Capture capture : archive.captures(url)) {
          Exchange stored = archive.read(capture);
          assertEquals(capture.payloadDigest(), "sha1:" + base32Sha1(stored.body()));
        }
      }
    }
  }

  @Test
  void crawlingIntoAnExistingArchiveKeepsAllItHeld() throws IOException {
    try (ReplayCrawl replay = ReplayCrawl.recorded("kompastv")) {
      replay.crawl(archiveDir);
    }
    Map<Path, byte[]> filesBefore = new HashMap<>();
    for (Path file : warcFiles()) {
      filesBefore.put(file, Files.readAllBytes(file));
    }
    long versionsBefore;
    List<String> kompasPages;
    try (Archive archive = Archive.open(archiveDir)) {
      versionsBefore = ArchiveQueries.count(archive, "version");
      kompasPages = ArchiveQueries.strings(archive,
          "SELECT url FROM page WHERE outlet_id = 'kompastv'");
    }

    OutletSummary rmol;
    try (ReplayCrawl replay = ReplayCrawl.recorded("rmol")) {
      rmol = replay.crawl(archiveDir);
    }

    for (Map.Entry<Path, byte[]> file : filesBefore.entrySet()) {
      assertArrayEquals(file.getValue(), Files.readAllBytes(file.getKey()),
          "WARC file untouched: " + file.getKey());
    }
    try (Archive archive = Archive.open(archiveDir)) {
      assertEquals(versionsBefore + rmol.newVersions(), ArchiveQueries.count(archive, "version"));
      for (String url : kompasPages) {
        assertFalse(archive.history(url).orElseThrow().versions().isEmpty(), url);
      }
    }
  }

  private List<Path> warcFiles() throws IOException {
    // The folder also holds each closed file's CDXJ index.
    try (Stream<Path> files = Files.list(archiveDir.resolve("warc"))) {
      return files.filter(f -> f.getFileName().toString().contains(".warc.gz")).sorted().toList();
    }
  }

  private static String base32Sha1(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(body);
      return new WarcDigest("sha1", digest).base32();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
