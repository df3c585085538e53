package dev.kliping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kliping.config.OutletConfig;
import dev.kliping.extract.OutletRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A replay of synthetic news for the crawl benchmark: N articles spread over K outlets, one host
 * each, made from the article pages of the bundled WireMock fixtures. Each article is a fixture
 * page whose title and every paragraph carry the article's number, so no two are alike; an
 * edited article also says so in every paragraph. Each host serves a robots.txt, a sitemap of its
 * articles and the articles. Immutable.
 */
final class SyntheticNews {
  static final String HTML = "text/html; charset=UTF-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<byte[]> templates;
  private final int articles;
  private final int outletCount;
  private final int editPercent;

  /** One response of the replay. */
  record Response(String contentType, byte[] body) {}

  private SyntheticNews(List<byte[]> templates, int articles, int outlets, int editPercent) {
    this.templates = templates;
    this.articles = articles;
    this.outletCount = outlets;
    this.editPercent = editPercent;
  }

  /**
   * @param fixtures a replay folder laid out as WireMock's ({@code <outlet>/mappings},
   *     {@code __files}) whose mappings mark article pages with {@code metadata.kind: article}
   */
  static SyntheticNews of(Path fixtures, int articles, int outlets, int editPercent)
      throws IOException {
    if (articles < 1 || outlets < 1 || outlets > articles) {
      throw new IllegalArgumentException("need 1 <= outlets <= articles: " + outlets + ", "
          + articles);
    }
    if (editPercent < 0 || editPercent > 100) {
      throw new IllegalArgumentException("edits must be a percentage: " + editPercent);
    }
    List<byte[]> pages = articlePages(fixtures);
    if (pages.isEmpty()) {
      throw new IOException("no article pages (metadata.kind: article) under " + fixtures);
    }
    return new SyntheticNews(pages, articles, outlets, editPercent);
  }

  private static List<byte[]> articlePages(Path fixtures) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    List<Path> outlets = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(fixtures, Files::isDirectory)) {
      dirs.forEach(outlets::add);
    }
    outlets.sort(null);
    for (Path outlet : outlets) {
      List<Path> mappings = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(outlet.resolve("mappings"),
          "*.json")) {
        files.forEach(mappings::add);
      }
      mappings.sort(null);
      for (Path mapping : mappings) {
        JsonNode m = JSON.readTree(mapping.toFile());
        String file = m.path("response").path("bodyFileName").asText(null);
        if ("article".equals(m.path("metadata").path("kind").asText()) && file != null) {
          pages.add(Files.readAllBytes(outlet.resolve("__files").resolve(file)));
        }
      }
    }
    return pages;
  }

  int articles() {
    return articles;
  }

  /** The outlets, {@code bench1} to {@code benchK}, each on its own host, generic extraction. */
  List<OutletConfig> outlets() {
    List<OutletConfig> out = new ArrayList<>();
    for (int k = 1; k <= outletCount; k++) {
      String host = host(k);
      out.add(new OutletConfig("bench" + k, "Bench outlet " + k, List.of(host), List.of(),
          List.of("https://" + host + "/sitemap.xml"), List.of(), null,
          List.of("https://" + host.replace(".", "\\.") + "/read/\\d+/berita-\\d+"),
          "0 0/15 * * * ?", null, "id", OutletRules.NONE));
    }
    return out;
  }

  static String host(int outlet) {
    return "bench" + outlet + ".example";
  }

  /** Article i (0-based) lives on outlet {@code i % K + 1}. */
  int outletOf(int article) {
    return article % outletCount + 1;
  }

  String path(int article) {
    return "/read/" + article + "/berita-" + article;
  }

  /** Whether the second pass finds article i edited: spread evenly over the articles. */
  boolean edited(int article) {
    return Math.floorMod(article * 37, 100) < editPercent;
  }

  /** The host's responses: robots.txt, the sitemap and its articles as of the pass (1 or 2). */
  void forEachResponse(int outlet, int pass, ResponseSink sink) {
    String host = host(outlet);
    sink.accept("/robots.txt", new Response("text/plain; charset=UTF-8",
        ("User-agent: *\nAllow: /\nSitemap: https://" + host + "/sitemap.xml\n")
            .getBytes(StandardCharsets.UTF_8)));
    StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (int i = outlet - 1; i < articles; i += outletCount) {
      sitemap.append("<url><loc>https://").append(host).append(path(i)).append("</loc></url>\n");
      sink.accept(path(i), new Response(HTML, page(i, pass > 1 && edited(i))));
    }
    sitemap.append("</urlset>\n");
    sink.accept("/sitemap.xml", new Response("application/xml",
        sitemap.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Where the replay's responses go, path by path. */
  @FunctionalInterface
  interface ResponseSink {
    void accept(String path, Response response);
  }

  /** The article's page: its template with the number (and the edit) in title and paragraphs. */
  byte[] page(int article, boolean edited) {
    String html = new String(templates.get(article % templates.size()), StandardCharsets.UTF_8);
    String mark = " Nomor " + article + (edited ? ", diperbarui." : ".");
    html = html.replace("</p>", mark + "</p>")
        .replaceFirst("<title>", "<title>" + article + (edited ? " (diperbarui) " : " "));
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the pass's replay as WireMock files: {@code <dir>/<outlet id>/mappings} and
   * {@code __files}, one mapping per response, the layout {@code --replay} reads.
   */
  void writeWireMock(Path dir, int pass) throws IOException {
    for (int k = 1; k <= outletCount; k++) {
      Path outlet = dir.resolve("bench" + k);
      Path mappings = Files.createDirectories(outlet.resolve("mappings"));
      Path files = Files.createDirectories(outlet.resolve("__files"));
      IOException[] failed = {null};
      forEachResponse(k, pass, (path, response) -> {
        if (failed[0] != null) {
          return;
        }
        String name = path.substring(1).replace('/', '_').replace('.', '_');
        try {
          Files.write(files.resolve(name), response.body());
          ObjectNode m = JSON.createObjectNode();
          m.putObject("request").put("method", "GET").put("url", path);
          ObjectNode r = m.putObject("response").put("status", 200);
          r.putObject("headers").put("Content-Type", response.contentType());
          r.put("bodyFileName", name);
          JSON.writeValue(mappings.resolve(name + ".json").toFile(), m);
        } catch (IOException e) {
          failed[0] = e;
        }
      });
      if (failed[0] != null) {
        throw failed[0];
      }
    }
  }

  @Override
  public String toString() {
    return articles + " articles over " + outletCount + " outlets from " + templates.size()
        + " fixture pages, " + editPercent + "% edited on the second pass";
  }
}
