package dev.kliping.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kliping.archive.Archive;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.crawl.Crawler;
import dev.kliping.crawl.OutletSummary;
import dev.kliping.crawl.RevisitPolicy;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.extract.Boilerplate;
import dev.kliping.extract.OutletRules;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayRouting;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One story edited after publication, followed through a simulated stretch of time under a
 * revisit policy: how many requests the archive spends and how many edits it catches. The clock
 * is simulated; the HTTP, extraction and archive are real.
 */
public final class RevisitSimulation {
  static final String HOST = "berita.example";
  static final OutletConfig OUTLET = new OutletConfig("simulasi", "Simulasi", List.of(HOST),
      List.of("https://" + HOST + "/rss"), List.of(), List.of(), null,
      List.of("https://berita\\.example/read/[0-9]+/[a-z-]+"), "0 0 * * * ?", null, "id",
      OutletRules.NONE);
  private static final String PATH = "/read/1/pakta-pertahanan";

  /** What the simulation found. */
  public record Result(int requests, int editsMade, int editsCaught) {
    public double requestsPerEdit() {
      return editsCaught == 0 ? Double.NaN : (double) requests / editsCaught;
    }
  }

  private RevisitSimulation() {}

  /**
   * Publishes the story at the start, edits it after each of {@code edits} (offsets from the
   * start), and revisits under the policy, checking every simulated minute what is due.
   */
  public static Result run(Path archiveDir, RevisitPolicy policy, List<Duration> edits,
      Duration length) {
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    MutableClock clock = new MutableClock(Instant.parse("2024-06-20T01:00:00Z"));
    HttpSettings http = new HttpSettings(HttpSettings.DEFAULTS.userAgent(), 5, 5, 10,
        HttpSettings.DEFAULTS.maxBodyBytes(), 0, 5);
    OkHttpClient client = HttpClients.create(http, new ReplayRouting(
        Map.of(HOST, HttpUrl.get("http://127.0.0.1:" + server.port() + "/"))));
    try (Archive archive = Archive.open(archiveDir)) {
      server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
      server.stubFor(get("/rss").willReturn(aResponse().withHeader("Content-Type",
          "application/rss+xml").withBody(feed())));
      Crawler crawler = new Crawler(archive, client, http,
          new ArticleExtractor(Boilerplate.NONE), clock,
          new Crawler.Options(Boilerplate.NONE, policy, (o, u, n) -> { }, () -> false));
      publish(server, 0);
      if (crawler.crawl(List.of(OUTLET)).get(0).newVersions() != 1) {
        throw new IllegalStateException("the story was not archived on first sight");
      }
      int caught = 0;
      Instant start = clock.instant();
      int made = 0;
      while (clock.instant().isBefore(start.plus(length))) {
        clock.advance(Duration.ofMinutes(1));
        Duration elapsed = Duration.between(start, clock.instant());
        if (made < edits.size() && elapsed.compareTo(edits.get(made)) >= 0) {
          publish(server, ++made);
        }
        OutletSummary s = crawler.revisit(OUTLET, 10);
        caught += s.newVersions();
      }
      int requests = server.countRequestsMatching(getRequestedFor(urlPathEqualTo(PATH))
          .build()).getCount();
      return new Result(requests, made, caught);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
      server.stop();
    }
  }

  private static void publish(WireMockServer server, int edition) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(page(edition))));
  }

  private static String feed() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>s</title>"
        + "<link>https://" + HOST + "/</link><description>d</description><item><title>t</title>"
        + "<link>https://" + HOST + PATH + "</link></item></channel></rss>";
  }

  /** The story as it stands after the given number of edits: each edit changes one figure. */
  static String page(int edition) {
    return "<!doctype html><html lang=\"id\"><head><title>Pakta Pertahanan Diteken</title>"
        + "</head><body><article><h1>Pakta Pertahanan Diteken</h1>"
        + "<p>Kedua negara menandatangani pakta pertahanan bersama pada Rabu pagi di ibu kota,"
        + " disaksikan para menteri dan pejabat tinggi militer dari kedua pihak.</p>"
        + "<p>Menurut pejabat setempat, sedikitnya " + (1000 + edition * 500) + " tentara akan"
        + " dikirim dalam beberapa bulan ke depan sebagai bagian dari kesepakatan itu.</p>"
        + "<p>Para pengamat menilai langkah ini akan mengubah keseimbangan keamanan kawasan"
        + " dan memicu tanggapan dari negara-negara tetangga dalam waktu dekat.</p>"
        + "<p>Pemerintah berjanji akan menyampaikan rincian lengkap perjanjian tersebut kepada"
        + " parlemen sebelum akhir bulan ini.</p></article></body></html>";
  }
}
