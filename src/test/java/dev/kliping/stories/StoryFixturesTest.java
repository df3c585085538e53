package dev.kliping.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.archive.Archive;
import dev.kliping.archive.CopiedPassage;
import dev.kliping.archive.CopiedText;
import dev.kliping.archive.CopyView;
import dev.kliping.archive.ReuseView;
import dev.kliping.archive.StorySummary;
import dev.kliping.archive.StoryView;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kliping.export.JsonMapping;
import dev.kliping.search.SearchIndex;
import dev.kliping.testing.CliRun;
import dev.kliping.web.WebServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories made by crawling the five outlets' recorded pages: the June 2024 signing of the
 * Russia–North Korea pact, covered by four outlets, and its November ratification on Kompas TV.
 */
class StoryFixturesTest {
  static final String RMOL_BLOG =
      "https://www.oposisicerdas.com/2024/06/barat-ketar-ketir-rusia-dan-korea-utara.html";
  static final String MEDCOM = "https://www.medcom.id/internasional/asia/"
      + "ObzD3G5K-putin-dan-kim-jong-un-teken-pakta-saling-bantu-jika-diserang";
  static final String EPOCH = "https://www.etindonesia.com/2024/06/21/korea-utara-dan-rusia-"
      + "menandatangani-perjanjian-pertahanan-bersama-meningkatkan-kekhawatiran-internasional/";
  static final String PALTV = "https://paltv.disway.id/read/38817/makin-akrab-putin-dan-kim-"
      + "jong-un-akan-saling-membantu-jika-negara-mereka-diserang";
  static final String KOMPAS_PREFIX =
      "https://www.kompas.tv/internasional/555218/korea-utara-meratifikasi";

  @TempDir static Path dir;
  static Path archive;

  @BeforeAll
  static void crawl() {
    archive = dir.resolve("archive");
    crawlInto(archive);
  }

  static void crawlInto(Path archive) {
    CliRun crawl = CliRun.of("crawl", "--config", "config/kliping.yaml", "--archive",
        archive.toString(), "--replay", "src/test/resources/replay", "--format", "json");
    assertEquals(0, crawl.exitCode(), crawl::toString);
  }

  @Test
  void theSigningArticlesOfFourOutletsAreOneStory() {
    try (Archive a = Archive.open(archive)) {
      long story = storyOf(a, RMOL_BLOG);
      assertEquals(story, storyOf(a, MEDCOM));
      assertEquals(story, storyOf(a, EPOCH));
      assertEquals(story, storyOf(a, PALTV));
      StoryView view = a.stories().story(story).orElseThrow();
      assertTrue(view.story().outlets().containsAll(List.of("rmol", "medcom", "epochtimes",
          "paltv")), view.story()::toString);
      // The timeline starts with the first published: Medcom at 08:46 WIB on 20 June.
      assertEquals(MEDCOM, view.pages().get(0).url());
      assertEquals(Instant.parse("2024-06-20T01:46:00Z"), view.story().started());
      view.pages().forEach(p -> assertFalse(p.assignments().isEmpty(), p::toString));
    }
  }

  @Test
  void theRatificationIsAnotherStoryLinkedAsAFollowUp() {
    try (Archive a = Archive.open(archive)) {
      String kompas = a.stories().list(null, null, "kompastv").stream()
          .flatMap(s -> a.stories().story(s.id()).orElseThrow().pages().stream())
          .map(p -> p.url()).filter(u -> u.startsWith(KOMPAS_PREFIX)).findFirst().orElseThrow();
      long signing = storyOf(a, MEDCOM);
      long ratification = storyOf(a, kompas);
      assertNotEquals(signing, ratification);
      StoryView view = a.stories().story(ratification).orElseThrow();
      assertEquals(signing, view.story().followsStoryId(), view.story()::toString);
      StoryView earlier = a.stories().story(signing).orElseThrow();
      assertTrue(earlier.followUps().stream().anyMatch(s -> s.id() == ratification));
    }
  }

  @Test
  void theBlogRepublicationCopiesMedcomWhichPublishedFirst() {
    try (Archive a = Archive.open(archive)) {
      ReuseView blog = a.stories().reuse(RMOL_BLOG).orElseThrow();
      CopyView copy = blog.copiedFrom().stream()
          .filter(c -> c.source().url().equals(MEDCOM)).findFirst()
          .orElseThrow(() -> new AssertionError("no copy from Medcom: " + blog));
      assertEquals(CopiedText.BY_PUBLISHED, copy.directionBy());
      assertEquals(RMOL_BLOG, copy.target().url());
      assertTrue(copy.targetShare() > 0.3 && copy.targetShare() < 0.8, () -> "" + copy);
      assertFalse(copy.republication());
      String medcomBody = a.version(MEDCOM, 1).orElseThrow().article().body();
      String blogBody = a.version(RMOL_BLOG, 1).orElseThrow().article().body();
      for (CopiedPassage p : copy.passages()) {
        assertTrue(p.words() >= 12, p::toString);
        assertEquals(p.text(), medcomBody.substring(p.sourceStart(), p.sourceEnd()));
        assertTrue(Words.of(blogBody.substring(p.targetStart(), p.targetEnd())).size() >= 12);
      }
      // Seen from Medcom, the same pair is "copied by" the blog.
      ReuseView medcom = a.stories().reuse(MEDCOM).orElseThrow();
      assertTrue(medcom.copiedBy().stream().anyMatch(c -> c.target().url().equals(RMOL_BLOG)));
      assertTrue(medcom.copiedFrom().stream().noneMatch(c -> c.source().url().equals(RMOL_BLOG)));
    }
  }

  @Test
  void unrelatedArticlesStayApartAndAMovedPageKeepsItsHistory() throws IOException {
    Path copy = dir.resolve("planted");
    copyTree(archive, copy);
    try (Archive a = Archive.open(copy);
        StoryDesk desk = StoryDesk.open(a.stories(), StoryDesk.WINDOW)) {
      long signing = storyOf(a, MEDCOM);
      long flood = plant(a, desk, "rmol", "banjir-jakarta", "2024-06-20T05:00:00Z");
      long putin = plant(a, desk, "medcom", "putin-vietnam", "2024-06-20T06:00:00Z");
      long month = plant(a, desk, "paltv", "pakta-sebulan", "2024-07-20T06:00:00Z");
      assertEquals(4, Set.of(signing, flood, putin, month).size(),
          "three new stories besides the signing");

      // The flood page is edited into a copy of the signing article: it moves, with history.
      long pageId = a.findPage("https://planted.example/banjir-jakarta").orElseThrow().id();
      var medcom = a.version(MEDCOM, 1).orElseThrow().article();
      long moved = desk.attach(new Arrival(pageId, null, "rmol",
          "https://planted.example/banjir-jakarta", medcom.title(), medcom.paragraphs(),
          Instant.parse("2024-06-20T05:00:00Z"), Instant.parse("2024-06-20T05:00:00Z")));
      assertEquals(signing, moved);
      var page = a.stories().story(signing).orElseThrow().pages().stream()
          .filter(p -> p.pageId() == pageId).findFirst().orElseThrow();
      assertEquals(List.of(flood, signing),
          page.assignments().stream().map(x -> x.storyId()).toList());
      ReuseView reuse = a.stories().reuse("https://planted.example/banjir-jakarta").orElseThrow();
      assertTrue(reuse.copiedFrom().stream().anyMatch(c -> c.republication()
          && c.source().url().equals(MEDCOM)), reuse::toString);
    }
  }

  @Test
  void aStorySurvivesARebuildOfTheDatabaseFromTheWarcFiles() throws IOException {
    Path fresh = dir.resolve("rebuilt");
    copyTree(archive, fresh);
    Set<Set<String>> before = membership(fresh);
    Files.delete(fresh.resolve("kliping.mv.db"));
    CliRun rebuild = CliRun.of("rebuild", "--config", "config/kliping.yaml", "--archive",
        fresh.toString());
    assertEquals(0, rebuild.exitCode(), rebuild::toString);
    assertEquals(before, membership(fresh));
    assertTrue(before.stream().anyMatch(s -> s.containsAll(List.of(MEDCOM, RMOL_BLOG))));
  }

  @Test
  void theApiAndThePagesShowStoriesAndCopies() throws Exception {
    try (Archive a = Archive.open(archive);
        SearchIndex index = SearchIndex.open(a);
        WebServer server = WebServer.start(a, index, List.of("rmol", "medcom"), "127.0.0.1", 0,
            null)) {
      long story = storyOf(a, MEDCOM);
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newHttpClient();

      JsonNode list = JsonMapping.MAPPER.readTree(get(http, base + "/api/stories", 200));
      assertTrue(list.get("stories").size() >= 2, list::toString);
      JsonNode one = JsonMapping.MAPPER.readTree(get(http, base + "/api/stories/" + story, 200));
      assertEquals(MEDCOM, one.get("pages").get(0).get("url").asText());
      JsonNode reuse = JsonMapping.MAPPER.readTree(get(http, base + "/api/reuse?url="
          + enc(RMOL_BLOG), 200));
      assertEquals(MEDCOM, reuse.get("copied_from").get(0).get("source").get("url").asText());
      get(http, base + "/api/stories/nope", 400);
      get(http, base + "/api/stories/999999", 404);
      get(http, base + "/api/reuse?url=" + enc("https://example.com/nothing"), 404);

      Document page = Jsoup.parse(get(http, base + "/stories/" + story, 200));
      Element first = page.selectFirst(".timeline li.first");
      assertTrue(first.text().contains("first published") && first.text().contains("medcom"),
          first::text);
      assertTrue(page.select(".timeline ul.versions li").size() >= 4);
      assertTrue(page.select(".follow-ups a").size() >= 1);
      Document article = Jsoup.parse(get(http, base + "/article?url=" + enc(RMOL_BLOG), 200));
      String box = article.select("section.story").text();
      assertTrue(box.contains("Also covered by") && box.matches(".*Copies \\d+% from medcom.*"),
          box);
      Document sides = Jsoup.parse(get(http, base + "/side-by-side?source=" + enc(MEDCOM)
          + "&target=" + enc(RMOL_BLOG), 200));
      assertEquals(2, sides.select(".side").size());
      assertTrue(sides.select(".side").get(0).select("mark").size() >= 4);
      assertTrue(sides.select(".side").get(1).select("mark").size() >= 4);
    }
  }

  @Test
  void theCommandsListStoriesAndShowReuse() {
    CliRun stories = CliRun.of("stories", "--archive", archive.toString(), "--from",
        "2024-06-19", "--to", "2024-06-21", "--outlet", "epochtimes", "--format", "json");
    assertEquals(0, stories.exitCode(), stories::toString);
    assertTrue(stories.out().startsWith("{\"stories\":[{\"id\":"), stories::toString);
    assertFalse(stories.out().contains("kompastv"), stories::toString);
    CliRun reuse = CliRun.of("reuse", "--archive", archive.toString(), RMOL_BLOG);
    assertEquals(0, reuse.exitCode(), reuse::toString);
    assertTrue(reuse.out().matches("(?s).*copies \\d+% from medcom .*\\[\\d+ words\\].*"),
        reuse::toString);
    CliRun missing = CliRun.of("reuse", "--archive", archive.toString(), "https://x.example/");
    assertEquals(1, missing.exitCode(), missing::toString);
    assertTrue(missing.err().contains("no such page"), missing::toString);
    CliRun bad = CliRun.of("stories", "--archive", archive.toString(), "--from", "June");
    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains("not a date"), bad::toString);
  }

  @Test
  void anExportCarriesEachVersionsStory() throws Exception {
    Path out = dir.resolve("export.jsonl");
    CliRun export = CliRun.of("export", "--archive", archive.toString(), "--format", "jsonl",
        "--out", out.toString());
    assertEquals(0, export.exitCode(), export::toString);
    long signing;
    try (Archive a = Archive.open(archive)) {
      signing = storyOf(a, MEDCOM);
    }
    int rows = 0;
    for (String line : Files.readAllLines(out)) {
      JsonNode row = JsonMapping.MAPPER.readTree(line);
      assertTrue(row.get("story_id").isNumber(), line);
      if (row.get("url").asText().equals(RMOL_BLOG)) {
        assertEquals(signing, row.get("story_id").asLong());
      }
      rows++;
    }
    assertEquals(11, rows);
  }

  private static String get(HttpClient http, String url, int status) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), () -> url + " " + r.body());
    return r.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long plant(Archive a, StoryDesk desk, String outlet, String name, String at)
      throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/stories/" + name
        + ".txt"));
    String url = "https://planted.example/" + name;
    Instant t = Instant.parse(at);
    long page = a.page(outlet, url, t);
    return desk.attach(new Arrival(page, null, outlet, url, lines.get(0),
        lines.subList(1, lines.size()), t, t));
  }

  static long storyOf(Archive a, String url) {
    ReuseView v = a.stories().reuse(url).orElseThrow(() -> new AssertionError("no page " + url));
    assertTrue(v.storyId() != null, () -> "not in a story: " + url);
    return v.storyId();
  }

  /** The stories as sets of URLs. */
  static Set<Set<String>> membership(Path dir) {
    try (Archive a = Archive.open(dir)) {
      Set<Set<String>> out = new HashSet<>();
      for (StorySummary s : a.stories().list(null, null, null)) {
        Set<String> urls = new TreeSet<>();
        a.stories().story(s.id()).orElseThrow().pages().forEach(p -> urls.add(p.url()));
        out.add(urls);
      }
      return out;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (var walk = Files.walk(from)) {
      walk.forEach(all::add);
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else if (!p.getFileName().toString().equals("kliping.lock")) {
        Files.copy(p, target);
      }
    }
  }
}
