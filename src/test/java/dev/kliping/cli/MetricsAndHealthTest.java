package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.config.ConfigLoader;
import dev.kliping.config.Settings;
import dev.kliping.schedule.Daemon;
import dev.kliping.testing.CliRun;
import dev.kliping.web.DaemonInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running daemon (in this JVM, over the bundled replay) answers /healthz, /metrics with the
 * figures of its crawl, and /readyz with 503 naming the check its bounds fail; and
 * {@code kliping backup} gets a consistent copy of its database through its API.
 */
class MetricsAndHealthTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metricsHealthAndReadiness() throws Exception {
    Path shipped = Path.of("config").toAbsolutePath();
    Path config = dir.resolve("kliping.yaml");
    // No disk has a petabyte free: the disk check must fail, and say so.
    Files.writeString(config, "outlets: [kompastv]\n"
        + "outlets_dir: " + shipped.resolve("outlets") + "\n"
        + "boilerplate: " + shipped.resolve("boilerplate/id.yaml") + "\n"
        + "daemon: {revisit_check_seconds: 1, api_port: 0,"
        + " health: {min_free_disk_mb: 1000000000}}\n");
    Settings settings = new ConfigLoader().load(config);
    Path archive = dir.resolve("archive");
    Daemon daemon = new Daemon(settings, archive, Path.of("src/test/resources/replay"),
        a -> DaemonParts.start(settings, a));
    CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
      try {
        daemon.run();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    try {
      int port = awaitPort(archive, running);
      HttpResponse<String> health = get(port, "/healthz");
      assertEquals(200, health.statusCode());
      assertEquals("ok", JSON.readTree(health.body()).get("status").asText());

      awaitMetrics(port, "kliping_versions_stored_total{kind=\"first\","
          + "outlet=\"kompastv\"}");
      String metrics = awaitMetrics(port, "kliping_versions{cause=\"first\","
          + "significance=\"none\"} 2.0");
      for (String name : new String[] {"kliping_fetches_total{outcome=\"ok\",outlet=\"kompastv\"}",
          "kliping_fetch_seconds_count{outlet=\"kompastv\"}", "kliping_revisits_due ",
          "kliping_revisits_overdue ", "kliping_reextractions ",
          "kliping_versions{cause=\"edit\",significance=\"substantive\"}", "kliping_search_index_lag_versions ",
          "kliping_database_size_bytes ", "kliping_warc_written_bytes_total ",
          "kliping_outlet_last_success_seconds{outlet=\"kompastv\"}", "jvm_memory_used_bytes"}) {
        assertTrue(metrics.contains(name), name + " in\n" + metrics);
      }

      HttpResponse<String> ready = get(port, "/readyz");
      assertEquals(503, ready.statusCode(), ready.body());
      JsonNode body = JSON.readTree(ready.body());
      assertEquals("not ready", body.get("status").asText());
      assertEquals(1, body.get("failing").size(), ready.body());
      assertTrue(body.get("failing").get(0).asText().startsWith("disk: "), ready.body());
      assertTrue(body.get("checks").get("database").get("ok").asBoolean());
      assertTrue(body.get("checks").get("outlet:kompastv").get("ok").asBoolean(), ready.body());

      Path zip = dir.resolve("backup.zip");
      CliRun backup = CliRun.of("backup", "--archive", archive.toString(), zip.toString());
      assertEquals(0, backup.exitCode(), backup::toString);
      assertTrue(backup.out().contains("through the daemon"), backup.out());
      try (ZipFile z = new ZipFile(zip.toFile())) {
        assertTrue(z.getEntry("kliping.mv.db").getSize() > 0, "the database is in the backup");
      }
    } finally {
      daemon.stop();
      running.get();
    }
  }

  private static int awaitPort(Path archive, CompletableFuture<Void> running) throws Exception {
    for (int i = 0; i < 300; i++) {
      if (running.isDone()) {
        running.get();
      }
      var info = DaemonInfo.read(archive.toAbsolutePath().normalize());
      if (info.isPresent()) {
        return info.get().port();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the daemon wrote no daemon.json");
  }

  private String awaitMetrics(int port, String line) throws Exception {
    String last = "";
    for (int i = 0; i < 600; i++) {
      last = get(port, "/metrics").body();
      if (last.contains(line)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + line + " in\n" + last);
  }
}
