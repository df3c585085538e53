package dev.kliping.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.testing.CliRun;
import dev.kliping.testing.HeadlessChromium;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An exported WACZ opens in ReplayWeb.page (npm replaywebpage, served from localhost) in a real
 * headless Chromium: the archived article shows its text, and its raw capture (the {@code id_}
 * replay) is the bytes we recorded. Skipped only where Chromium or Node.js is not installed.
 */
class ReplayWebPageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Finds the frame ReplayWeb.page replays the page in, through shadow roots and iframes. */
  private static final String REPLAYED_FRAME = """
      const found = [];
      const walk = (node) => {
        if (!node) return;
        if (node.shadowRoot) walk(node.shadowRoot);
        if (node.tagName === 'IFRAME') {
          try {
            const w = node.contentWindow;
            if (w.location.href.includes('mp_/')) found.push(w);
            if (w.document && w.document.documentElement) walk(w.document.documentElement);
          } catch (e) { }
        }
        for (const c of node.children || []) walk(c);
      };
      walk(document.documentElement);
      """;

  /** What the page shows, for the message when the article never appears. */
  private static final String FRAMES = """
      const seen = [];
      const walk = (node, depth) => {
        if (!node) return;
        if (node.shadowRoot) { seen.push(depth + ' shadow ' + node.tagName); walk(node.shadowRoot, depth + 1); }
        if (node.tagName === 'IFRAME') {
          try {
            const w = node.contentWindow;
            seen.push(depth + ' iframe ' + w.location.href + ' : '
                + (w.document.body ? w.document.body.innerText.slice(0, 300) : ''));
            walk(w.document.documentElement, depth + 1);
          } catch (e) { seen.push(depth + ' iframe (cross-origin) ' + node.src); }
        }
        for (const c of node.children || []) walk(c, depth);
      };
      walk(document.documentElement, 0);
      return seen.join(' || ') + ' || ' + document.body.innerText.slice(0, 500);
      """;

  @TempDir Path dir;

  @Test
  void anExportedWaczReplaysTheArticleAndItsRawCapture() throws Exception {
    HeadlessChromium.assumeInstalled();
    NodeTools.require();
    Path archive = dir.resolve("archive");
    CliRun crawl = CliRun.of("crawl", "--config", "config/kliping.yaml", "--archive",
        archive.toString(), "--replay", "src/test/resources/replay", "--outlet", "kompastv");
    assertEquals(0, crawl.exitCode(), crawl::toString);
    Path site = Files.createDirectories(dir.resolve("site/replay"));
    Path wacz = dir.resolve("site/archive.wacz");
    CliRun export = CliRun.of("export", "--config", "config/kliping.yaml", "--archive",
        archive.toString(), "--format", "wacz", "--latest", "--out", wacz.toString());
    assertEquals(0, export.exitCode(), export::toString);
    JsonNode page = firstPage(wacz);
    String url = page.get("url").asText();
    String sentence = page.get("text").asText().split("\n")[0].trim();
    sentence = sentence.substring(0, Math.min(60, sentence.length()));
    byte[] raw;
    try (Archive a = Archive.open(archive)) {
      Capture fetched = a.captures(a.findPage(url.replaceFirst("\\?.*", "")).orElseThrow().url())
          .stream().filter(c -> c.url().equals(url) && Integer.valueOf(200).equals(c.status()))
          .reduce((first, last) -> last).orElseThrow();
      raw = a.read(fetched).body();
    }

    Files.copy(NodeTools.module("replaywebpage/ui.js"), site.getParent().resolve("ui.js"));
    Files.copy(NodeTools.module("replaywebpage/sw.js"), site.resolve("sw.js"));
    Files.writeString(site.getParent().resolve("index.html"), "<!doctype html><html><head>"
        + "<script src=\"ui.js\"></script></head><body><replay-web-page source=\"archive.wacz\""
        + " url=\"" + url + "\" embed=\"replayonly\" style=\"height:600px\"></replay-web-page>"
        + "</body></html>");

    Javalin server = Javalin.create(cfg -> cfg.staticFiles.add(files -> {
      files.directory = site.getParent().toString();
      files.location = Location.EXTERNAL;
    })).start("127.0.0.1", 0);
    ChromeDriver browser = null;
    try {
      browser = HeadlessChromium.start();
      browser.get("http://127.0.0.1:" + server.port() + "/index.html");
      JavascriptExecutor js = browser;
      String expected = sentence;
      String text = null;
      // On a busy machine the frame can load before ReplayWeb.page's service worker controls the
      // page (the server then answers "Endpoint GET /replay/ not found"); a reload, as a reader
      // would do, puts the registered worker in charge.
      for (int attempt = 1; text == null; attempt++) {
        try {
          text = new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> {
            Object t = js.executeScript(REPLAYED_FRAME
                + "const b = found.length && found[0].document.body; return b ? b.innerText : null;");
            return t != null && t.toString().contains(expected) ? t.toString() : null;
          });
        } catch (org.openqa.selenium.TimeoutException e) {
          if (attempt == 3) {
            throw new AssertionError("ReplayWeb.page did not show \"" + expected + "\" of " + url
                + "; frames and text seen: " + js.executeScript(FRAMES), e);
          }
          browser.navigate().refresh();
        }
      }
      assertTrue(text.contains(sentence));

      Object rawReplay = js.executeAsyncScript(REPLAYED_FRAME + """
          const done = arguments[arguments.length - 1];
          const w = found[0];
          w.fetch(w.location.href.replace('mp_/', 'id_/'))
            .then(r => r.text()).then(done, e => done('failed: ' + e));
          """);
      assertEquals(new String(raw, StandardCharsets.UTF_8), rawReplay,
          "the raw capture replays as the bytes recorded");
    } finally {
      if (browser != null) {
        browser.quit();
      }
      server.stop();
    }
  }

  private static JsonNode firstPage(Path wacz) throws Exception {
    try (ZipFile zip = new ZipFile(wacz.toFile())) {
      ZipEntry warc = zip.getEntry("archive/data.warc.gz");
      assertEquals(ZipEntry.STORED, warc.getMethod(), "WARC stored uncompressed");
      JsonNode datapackage = JSON.readTree(zip.getInputStream(zip.getEntry("datapackage.json")));
      assertEquals(3, datapackage.get("resources").size());
      for (JsonNode r : datapackage.get("resources")) {
        byte[] bytes = zip.getInputStream(zip.getEntry(r.get("path").asText())).readAllBytes();
        assertEquals(r.get("hash").asText(), "sha256:" + sha256(bytes), r.toString());
        assertEquals(r.get("bytes").asLong(), bytes.length);
      }
      byte[] dp = zip.getInputStream(zip.getEntry("datapackage.json")).readAllBytes();
      JsonNode digest = JSON.readTree(zip.getInputStream(
          zip.getEntry("datapackage-digest.json")));
      assertEquals(Map.of("path", "datapackage.json", "hash", "sha256:" + sha256(dp)),
          JSON.convertValue(digest, Map.class));
      String[] pages = new String(zip.getInputStream(zip.getEntry("pages/pages.jsonl"))
          .readAllBytes(), StandardCharsets.UTF_8).split("\n");
      assertEquals("json-pages-1.0", JSON.readTree(pages[0]).get("format").asText());
      assertTrue(pages.length >= 2, "a page per exported version");
      return JSON.readTree(pages[1]);
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
