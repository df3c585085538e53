package dev.kliping.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder for one crash run: a configuration with one made-up outlet, a replay of it whose
 * articles change text on every fetch (WireMock response templating), and the archive. Every
 * crawl of it therefore stores a new version of every article it reaches.
 *
 * @param articles how many articles the outlet's feed lists
 */
public record Workspace(Path dir, int articles) {
  static final String OUTLET = "crashnews";
  static final String HOST = "crash.test";

  public Path config() {
    return dir.resolve("config/kliping.yaml");
  }

  public Path archive() {
    return dir.resolve("archive");
  }

  public Path replay() {
    return dir.resolve("replay");
  }

  /** Writes the configuration and the replay; the archive is left to the crawls. */
  public static Workspace create(Path dir, int articles) throws IOException {
    Workspace ws = new Workspace(dir.toAbsolutePath(), articles);
    write(ws.config(), """
        archive: archive
        outlets_dir: outlets
        outlets: [crashnews]
        """);
    write(dir.resolve("config/outlets/crashnews.yaml"), """
        id: crashnews
        name: Crash News
        hosts: [crash.test]
        feeds: ["https://crash.test/rss"]
        article_patterns: ['https://crash\\.test/news/[0-9]+-[a-z-]+']
        schedule: "0 * * * * ?"
        language: id
        rules:
          title: [h1]
          body: [div.story]
        """);
    Path mappings = ws.replay().resolve(OUTLET).resolve("mappings");
    write(mappings.resolve("robots.json"), stub("/robots.txt", "text/plain",
        "User-agent: *\\nAllow: /\\n", false));
    write(mappings.resolve("rss.json"), stub("/rss", "application/rss+xml; charset=UTF-8",
        feed(articles), false));
    write(mappings.resolve("article.json"), stub("/news/.*", "text/html; charset=UTF-8",
        ARTICLE, true));
    Files.createDirectories(ws.replay().resolve(OUTLET).resolve("__files"));
    return ws;
  }

  /**
   * An article whose every fetch differs: the random value and the time change the body, so the
   * content hash changes and the crawl stores a new version. Its second paragraph names its
   * article: a paragraph shared by every article would be learned as boilerplate, and a rebuild
   * cannot know which learned lines a pass had (they are not in the WARC files).
   */
  private static final String ARTICLE = "<!doctype html><html lang=\\\"id\\\"><head>"
      + "<title>Berita {{request.pathSegments.[1]}}</title></head><body>"
      + "<h1>Berita {{request.pathSegments.[1]}}</h1><div class=\\\"story\\\">"
      + "<p>Edisi {{randomValue length=24 type='ALPHANUMERIC'}} dari berita ini, diambil pada"
      + " {{now}}.</p><p>Paragraf kedua berita {{request.pathSegments.[1]}} tetap sama di setiap"
      + " edisi berita ini agar isinya"
      + " cukup panjang untuk dikenali sebagai artikel.</p></div></body></html>";

  private static String feed(int articles) {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= articles; i++) {
      items.append("<item><title>Berita ").append(i).append("</title><link>https://")
          .append(HOST).append("/news/").append(i).append("-berita-uji</link></item>");
    }
    return "<?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?><rss version=\\\"2.0\\\"><channel>"
        + "<title>Crash News</title><link>https://" + HOST + "/</link>" + items
        + "</channel></rss>";
  }

  /** A WireMock mapping; body is already escaped for a JSON string. */
  static String stub(String urlPattern, String type, String body, boolean templated) {
    return "{\"request\":{\"method\":\"GET\",\"urlPathPattern\":\"" + urlPattern + "\"},"
        + "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"" + type + "\"},"
        + "\"body\":\"" + body + "\""
        + (templated ? ",\"transformers\":[\"response-template\"]" : "") + "}}";
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
