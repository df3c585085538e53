package dev.kliping.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kliping.export.JsonMapping;
import dev.kliping.search.TestArchives;
import dev.kliping.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * While another owner (standing in for the daemon) holds the archive and serves its API, the
 * search and export commands on the same archive answer through that API.
 */
class DaemonFallbackTest {
  @TempDir Path dir;
  @TempDir Path out;

  @Test
  void searchAndExportGoThroughTheDaemonsApi() throws Exception {
    try (Served daemon = Served.start(dir, null)) {
      // Without daemon.json a locked archive is an error, as before.
      CliRun locked = CliRun.of("search", "--archive", dir.toString(), "perjanjian");
      assertEquals(1, locked.exitCode(), locked.err());
      assertTrue(locked.err().contains("in use"), locked.err());

      new DaemonInfo(ProcessHandle.current().pid(), daemon.server.port(), "2024-06-20T00:00:00Z")
          .write(dir);

      CliRun search = CliRun.of("search", "--archive", dir.toString(), "--format", "json",
          "--outlet", "kompastv", "perjanjian");
      assertEquals(0, search.exitCode(), search.err());
      JsonNode result = JsonMapping.MAPPER.readTree(search.out());
      assertEquals(2, result.get("total").asInt());
      assertEquals("kompastv", result.get("hits").get(0).get("outlet").asText());

      // A request the daemon refuses (400) is bad usage, as when the command opens the archive.
      String tooMany = java.util.stream.IntStream.range(0, 1100).mapToObj(i -> "k" + i)
          .collect(java.util.stream.Collectors.joining(" "));
      CliRun refused = CliRun.of("search", "--archive", dir.toString(), tooMany);
      assertEquals(2, refused.exitCode(), refused.err());
      assertTrue(refused.err().contains("q: too many words"), refused.err());

      CliRun table = CliRun.of("search", "--archive", dir.toString(), "--changed", "sejumlah");
      assertEquals(0, table.exitCode(), table.err());
      assertTrue(table.out().contains("v3") && table.out().contains("1 version match"),
          table.out());

      Path csv = out.resolve("medcom.csv");
      CliRun export = CliRun.of("export", "--archive", dir.toString(), "--format", "csv",
          "--outlet", "medcom", "--out", csv.toString());
      assertEquals(0, export.exitCode(), export.err());
      assertEquals(3, Files.readString(csv).split("\r\n").length, "a header and two rows");

      Path warc = out.resolve("edited.warc.gz");
      CliRun warcExport = CliRun.of("export", "--archive", dir.toString(), "--format", "warc",
          "--author", "Tussie Ayu", "--out", warc.toString());
      assertEquals(0, warcExport.exitCode(), warcExport.err());
      String edited = TestArchives.pageTitled(daemon.archive, TestArchives.EDITED_TITLE);
      int responses = 0;
      try (WarcReader reader = new WarcReader(warc)) {
        for (WarcRecord r : reader) {
          if (r instanceof WarcResponse || r instanceof WarcRevisit) {
            String target = ((org.netpreserve.jwarc.WarcCaptureRecord) r).target();
            assertTrue(target.startsWith(edited.substring(0, 30)), target);
            responses++;
          }
        }
      }
      assertEquals(daemon.archive.captures(edited).stream().filter(c -> c.hasResponse())
          .count(), responses);
    }
  }

  @Test
  void serveForwardsToTheDaemonBehindItsOwnTokenAndHeaders() throws Exception {
    try (Served daemon = Served.start(dir, null);
        DaemonProxy proxy = DaemonProxy.start(new DaemonInfo(1, daemon.server.port(), "now"),
            "127.0.0.1", 0, SecurityTest.TOKEN)) {
      var http = java.net.http.HttpClient.newHttpClient();
      var base = "http://127.0.0.1:" + proxy.port();
      var denied = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/api/outlets")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(401, denied.statusCode());
      var search = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/api/search?q=perjanjian&outlet=medcom"))
          .header("Authorization", "Bearer " + SecurityTest.TOKEN).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, search.statusCode(), search.body());
      assertEquals(1, JsonMapping.MAPPER.readTree(search.body()).get("total").asInt());
      assertEquals(SecurityHeaders.CSP,
          search.headers().firstValue("Content-Security-Policy").orElseThrow());
      var page = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/?token=" + SecurityTest.TOKEN)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<form"), page.body());
    }
  }

  @Test
  void badFiltersAreUsageErrors() {
    CliRun r = CliRun.of("search", "--archive", dir.toString(), "--from", "kemarin", "x");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("kemarin"), r.err());
    assertEquals(List.of(), List.of());
  }
}
