package dev.kliping.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kliping.archive.Archive;
import dev.kliping.archive.Capture;
import dev.kliping.search.SearchIndex;
import dev.kliping.search.SearchQuery;
import dev.kliping.search.TestArchives;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

/** Exports parse back: JSON Lines line by line, CSV by a strict reader, WARC by jwarc. */
class ExportTest {
  @TempDir static Path dir;
  static Archive archive;
  static SearchIndex index;
  static Exporter exporter;
  static final SearchQuery ALL = new SearchQuery("", null, null, null, null, null, false, null,
      true, 20);

  @BeforeAll
  static void open() throws Exception {
    TestArchives.copyTo(dir);
    archive = Archive.open(dir);
    index = SearchIndex.open(archive);
    exporter = new Exporter(index, archive);
  }

  @AfterAll
  static void close() {
    index.close();
    archive.close();
  }

  private static byte[] export(SearchQuery q, ExportFormat f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = exporter.export(q, f, out, Progress.none());
    assertEquals(index.count(q), n);
    return out.toByteArray();
  }

  @Test
  void jsonLinesHoldEveryVersionWithItsChange() throws Exception {
    String text = new String(export(ALL, ExportFormat.JSONL), StandardCharsets.UTF_8);
    List<JsonNode> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      rows.add(JsonMapping.MAPPER.readTree(line));
    }
    assertEquals(index.size(), rows.size());
    String edited = TestArchives.pageTitled(archive, TestArchives.EDITED_TITLE);
    List<JsonNode> story = rows.stream().filter(r -> r.get("url").asText().equals(edited))
        .sorted((a, b) -> a.get("version").asInt() - b.get("version").asInt()).toList();
    assertEquals(3, story.size());
    assertTrue(story.get(0).get("change_summary").isNull());
    assertEquals(archive.history(edited).orElseThrow().versions().get(1).changeSummary(),
        story.get(1).get("change_summary").asText());
    assertEquals("Tussie Ayu", story.get(0).get("authors").get(0).asText());
    assertEquals("2024-11-12T14:15:00+07:00", story.get(0).get("published").asText());
    assertTrue(story.get(1).get("body").asText().contains("sejumlah besar tentara"));
    assertEquals(ExportRow.COLUMNS, fieldNames(story.get(0)));
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void csvRoundTripsQuotesCommasAndLineBreaks() {
    String text = new String(export(ALL, ExportFormat.CSV), StandardCharsets.UTF_8);
    List<List<String>> rows = Rfc4180.parse(text);
    assertEquals(ExportRow.COLUMNS, rows.get(0));
    assertEquals(index.size() + 1, rows.size());
    int url = ExportRow.COLUMNS.indexOf("url");
    List<String> hostile = rows.stream().filter(r -> r.get(url).equals(TestArchives.HOSTILE_URL))
        .findFirst().orElseThrow();
    assertEquals(TestArchives.HOSTILE_TITLE, hostile.get(ExportRow.COLUMNS.indexOf("title")));
    assertEquals(String.join("\n\n", TestArchives.HOSTILE_BODY),
        hostile.get(ExportRow.COLUMNS.indexOf("body")));
    for (List<String> r : rows) {
      assertEquals(ExportRow.COLUMNS.size(), r.size());
    }
  }

  @Test
  void filtersSelectWhatIsExported() {
    SearchQuery medcom = new SearchQuery("", "medcom", null, null, null, null, false, null,
        true, 20);
    String text = new String(export(medcom, ExportFormat.JSONL), StandardCharsets.UTF_8);
    assertEquals(2, text.split("\n").length);
    assertTrue(text.lines().allMatch(l -> l.contains("\"outlet\":\"medcom\"")));
  }

  @Test
  void warcHoldsTheRawCapturesOfTheSelectedPages() throws Exception {
    SearchQuery kompas = new SearchQuery("", "kompastv", null, null, null, null, false, null,
        true, 20);
    Path file = dir.resolve("kompas.warc.gz");
    Files.write(file, export(kompas, ExportFormat.WARC));
    Set<String> expected = new HashSet<>();
    for (String url : List.of(TestArchives.pageTitled(archive, TestArchives.EDITED_TITLE),
        TestArchives.pageTitled(archive, "Kaji Ulang Larangan"))) {
      for (Capture c : archive.captures(url)) {
        if (c.hasResponse()) {
          expected.add(c.warcRecordId());
        }
      }
    }
    Set<String> found = new HashSet<>();
    int infos = 0;
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord r : reader) {
        if (r instanceof Warcinfo) {
          infos++;
        } else if (r instanceof WarcRevisit) {
          // An unchanged re-fetch: its original came before it in the export.
          WarcRevisit revisit = (WarcRevisit) r;
          assertTrue(found.contains(revisit.refersTo().orElseThrow().toString()),
              revisit.refersTo() + " precedes its revisit " + r.id());
          found.add(r.id().toString());
        } else {
          WarcResponse response = (WarcResponse) r;
          assertTrue(response.target().startsWith("https://www.kompas.tv/"), response.target());
          response.http().body().stream().readAllBytes();
          found.add(r.id().toString());
        }
      }
    }
    assertEquals(1, infos);
    assertEquals(expected, found);
    assertTrue(expected.size() >= 4, "both stories' captures: " + expected);
  }

  @Test
  void formatsAreNamedPlainly() {
    assertEquals(ExportFormat.CSV, ExportFormat.named(" CSV "));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ExportFormat.named("xml"));
  }
}
