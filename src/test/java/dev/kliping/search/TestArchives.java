package dev.kliping.search;

import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.archive.Exchange;
import dev.kliping.archive.VersionOutcome;
import dev.kliping.config.ConfigLoader;
import dev.kliping.config.HttpSettings;
import dev.kliping.config.OutletConfig;
import dev.kliping.config.Settings;
import dev.kliping.crawl.Crawler;
import dev.kliping.archive.VersionListener;
import dev.kliping.extract.Article;
import dev.kliping.extract.ArticleExtractor;
import dev.kliping.fetch.HttpClients;
import dev.kliping.fetch.ReplayServer;
import dev.kliping.version.NormalizedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * Builds real archives for the search, export and web tests: the five outlets' recorded pages
 * crawled through the real pipeline, plus edits and hand-made articles stored the way the
 * crawler stores them (a capture, then a version).
 */
public final class TestArchives {
  public static final Settings SETTINGS = new ConfigLoader().load(Path.of("config/kliping.yaml"));

  /** The edited story: kompastv's ratification article, versions 1 (crawled), 2 and 3. */
  public static final String EDITED_TITLE = "Korea Utara Meratifikasi Perjanjian Pertahanan";
  /** A hostile article: its text holds markup and script that must only ever show as text. */
  public static final String HOSTILE_URL = "https://paltv.disway.id/read/99999/uji-keamanan";
  public static final String HOSTILE_TITLE = "<script>document.title='pwned'</script> Uji xsspayload";
  public static final List<String> HOSTILE_BODY = List.of(
      "Teks <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> uji keamanan"
          + " xsspayload, dengan \"kutipan\", koma; dan titik.",
      "<script>document.body.setAttribute('data-pwned','script')</script> penutup.");
  private static Path template;

  private TestArchives() {}

  /**
   * A copy, in dir, of one archive built once per test run: the five outlets crawled, the
   * edited story's versions 2 and 3 captured a day and two days later, and the hostile article.
   * Its index is current.
   */
  public static synchronized void copyTo(Path dir) throws java.io.IOException {
    if (template == null) {
      Path t = java.nio.file.Files.createTempDirectory("kliping-research-archive");
      build(t);
      template = t;
    }
    try (var files = java.nio.file.Files.walk(template)) {
      for (Path p : files.toList()) {
        Path target = dir.resolve(template.relativize(p).toString());
        if (java.nio.file.Files.isDirectory(p)) {
          java.nio.file.Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          java.nio.file.Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void build(Path dir) {
    try (Archive archive = Archive.open(dir); SearchIndex index = SearchIndex.open(archive)) {
      crawl(archive, index);
      String url = pageTitled(archive, EDITED_TITLE);
      Instant v1 = archive.history(url).orElseThrow().versions().get(0).capturedAt();
      edit(archive, index, url, v1.plus(java.time.Duration.ofDays(1)), a -> changed(a,
          a.title(), p -> p.replace("ribuan tentara", "sejumlah besar tentara")));
      edit(archive, index, url, v1.plus(java.time.Duration.ofDays(2)), a -> changed(a,
          a.title() + " (Diperbarui)", p -> p));
      store(archive, index, "paltv", HOSTILE_URL, v1.plus(java.time.Duration.ofHours(1)),
          article(HOSTILE_TITLE, List.of("Penguji Keamanan"), "2024-06-22T09:00:00+07:00",
              HOSTILE_BODY));
    }
  }

  /** The article with a new title and each paragraph changed. */
  private static Article changed(Article a, String title, UnaryOperator<String> paragraph) {
    List<String> body = a.body().stream().map(paragraph).toList();
    return new Article(title, a.authors(), a.editors(), a.published(), a.modified(),
        a.section(), a.sourceCredit(), a.language(), a.canonicalUrl(), body, a.extractor(),
        List.of(), null);
  }

  /** One pass over every outlet's replay into the archive, telling the listener of versions. */
  public static void crawl(Archive archive, VersionListener listener) {
    List<OutletConfig> outlets = SETTINGS.outlets();
    try (ReplayServer replay = ReplayServer.start(Path.of("src/test/resources/replay"), outlets)) {
      HttpSettings http = SETTINGS.main().http().withHostDelayMillis(0);
      OkHttpClient client = HttpClients.create(http, replay.routing());
      try {
        new Crawler(archive, client, http, new ArticleExtractor(SETTINGS.boilerplate()),
            Clock.systemUTC(), Crawler.Options.of(SETTINGS).withListener(listener)).crawl(outlets);
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }
  }

  /** The URL of the outlet's page whose latest title contains the words. */
  public static String pageTitled(Archive archive, String words) {
    try (var c = archive.dataSource().getConnection();
        var ps = c.prepareStatement("SELECT p.url FROM page p JOIN version v ON v.page_id = p.id"
            + " WHERE v.title LIKE ? ORDER BY v.id")) {
      ps.setString(1, "%" + words + "%");
      try (var rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new AssertionError("no version titled like " + words);
        }
        return rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Stores the page's latest article, changed, as a new version captured at the moment given,
   * and tells the listener, as the crawler would.
   */
  public static int edit(Archive archive, VersionListener listener, String url, Instant at,
      UnaryOperator<Article> change) {
    var history = archive.history(url).orElseThrow();
    int latest = history.versions().get(history.versions().size() - 1).number();
    Article article = change.apply(article(archive.version(url, latest).orElseThrow().article()));
    return store(archive, listener, history.outletId(), url, at, article);
  }

  /** Stores the article as a version of the (new or known) page, captured at the moment. */
  public static int store(Archive archive, VersionListener listener, String outlet, String url,
      Instant at, Article article) {
    long pageId = archive.page(outlet, url, at);
    byte[] html = ("<html><body><h1>stored by a test</h1></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    Exchange exchange = new Exchange(url, "GET", List.of(), 200, "OK", "HTTP/1.1",
        List.of(Map.entry("Content-Type", "text/html; charset=UTF-8")), html, null, false, null,
        at);
    Capture capture = archive.capture(pageId, exchange);
    VersionOutcome outcome = archive.store(pageId, capture, article);
    if (outcome.status() != VersionOutcome.Status.NEW) {
      throw new AssertionError("not a new version: " + outcome);
    }
    listener.stored(outlet, url, outcome.versionNumber());
    return outcome.versionNumber();
  }

  /** An article with the given text and metadata, as an extractor would return it. */
  public static Article article(String title, List<String> authors, String published,
      List<String> body) {
    return new Article(title, authors, List.of(),
        published == null ? null : java.time.OffsetDateTime.parse(published), null, null, null,
        "id", null, body, Article.OUTLET, List.of(), null);
  }

  private static Article article(NormalizedArticle a) {
    return new Article(a.title(), a.authors(), a.editors(), a.published(), a.modified(),
        a.section(), a.sourceCredit(), a.language(), a.canonicalUrl(), a.paragraphs(),
        a.extractor(), List.of(), null);
  }
}
