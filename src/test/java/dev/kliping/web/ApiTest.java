package dev.kliping.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kliping.export.JsonMapping;
import dev.kliping.search.TestArchives;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each route of the JSON API answers the documented shape; bad input is a 400, not a 500. */
class ApiTest {
  @TempDir static Path dir;
  static Served served;
  static String edited;

  @BeforeAll
  static void start() throws Exception {
    served = Served.start(dir, null);
    edited = TestArchives.pageTitled(served.archive, TestArchives.EDITED_TITLE);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = served.get(path);
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JsonMapping.MAPPER.readTree(r.body());
  }

  @Test
  void search() throws Exception {
    JsonNode r = json("/api/search?q=perjanjian&outlet=kompastv&limit=5", 200);
    assertEquals(2, r.get("total").asInt());
    JsonNode hit = r.get("hits").get(0);
    for (String field : new String[] {"url", "outlet", "title", "published", "version",
        "captured", "snippet"}) {
      assertTrue(hit.has(field), field + " in " + hit);
    }
    assertTrue(hit.get("snippet").isTextual());
    assertEquals(1, json("/api/search?changed=true", 200).get("total").asInt());
    assertEquals(3, json("/api/search?changed=true&all_versions=true", 200).get("total").asInt());
  }

  @Test
  void pageWithItsVersionsAndCaptures() throws Exception {
    JsonNode r = json("/api/pages?url=" + Served.enc(edited), 200);
    assertEquals(edited, r.get("url").asText());
    assertEquals("kompastv", r.get("outlet_id").asText());
    assertEquals(3, r.get("versions").size());
    assertTrue(r.get("captures").size() >= 3);
    json("/api/pages?url=" + Served.enc("https://nowhere.example/"), 404);
    json("/api/pages", 400);
  }

  @Test
  void version() throws Exception {
    JsonNode v2 = json("/api/versions?url=" + Served.enc(edited) + "&number=2", 200);
    assertEquals(2, v2.get("number").asInt());
    assertTrue(v2.get("article").get("paragraphs").toString().contains("sejumlah besar"));
    assertEquals(3, json("/api/versions?url=" + Served.enc(edited), 200).get("number").asInt());
    json("/api/versions?url=" + Served.enc(edited) + "&number=9", 404);
    json("/api/versions?url=" + Served.enc(edited) + "&number=two", 400);
  }

  @Test
  void diff() throws Exception {
    JsonNode d = json("/api/diff?url=" + Served.enc(edited) + "&from=1&to=2", 200);
    assertEquals(1, d.get("from").asInt());
    JsonNode change = d.get("body").get(0);
    assertEquals("replace", change.get("op").asText());
    assertEquals("ribuan", change.get("old_words").get(0).asText());
    assertEquals("[\"sejumlah\",\"besar\"]", change.get("new_words").toString());
    assertEquals("substantive", d.get("significance").asText());
    assertTrue(d.get("kinds").toString().contains("\"number\""), d.get("kinds").toString());
    JsonNode sentence = null;
    for (JsonNode s : d.get("sentences")) {
      if ("edited".equals(s.get("op").asText())) {
        sentence = s;
      }
    }
    assertTrue(sentence != null && sentence.get("old").asText().contains("ribuan")
        && sentence.get("new").asText().contains("sejumlah besar")
        && sentence.get("words").get(0).get("old_words").get(0).asText().equals("ribuan"),
        d.get("sentences").toString());
    assertEquals(3, json("/api/diff?url=" + Served.enc(edited), 200).get("to").asInt());
  }

  @Test
  void outletsHaveTheStatusShape() throws Exception {
    JsonNode outlets = json("/api/outlets", 200).get("outlets");
    assertEquals(Served.OUTLETS.size(), outlets.size());
    JsonNode o = outlets.get(0);
    assertEquals("rmol", o.get("outlet").asText());
    assertTrue(o.has("last_success") && o.get("today").has("fetched")
        && o.get("alerts").isArray(), o.toString());
  }

  @Test
  void countsPerDay() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    JsonNode r = json("/api/counts?outlet=kompastv&from=" + today.minusDays(1) + "&to="
        + today.plusDays(3), 200);
    assertEquals(5, r.get("days").size());
    int articles = 0;
    int edits = 0;
    for (JsonNode d : r.get("days")) {
      articles += d.get("articles").asInt();
      edits += d.get("edits").asInt();
    }
    assertEquals(2, articles);
    assertEquals(2, edits);
    json("/api/counts?from=2024-13-01", 400);
    json("/api/counts?from=2020-01-01&to=2024-01-01", 400);
  }

  @Test
  void rawCaptureIsADownloadOnly() throws Exception {
    JsonNode page = json("/api/pages?url=" + Served.enc(edited), 200);
    long id = page.get("versions").get(0).get("capture_id").asLong();
    HttpResponse<String> r = served.get("/api/captures/" + id + "/raw");
    assertEquals(200, r.statusCode());
    assertEquals("text/plain", r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
        .startsWith("attachment"));
    assertTrue(r.body().startsWith("HTTP/1.1 200"), r.body().substring(0, 40));
    assertTrue(r.body().contains("<html"));
    json("/api/captures/999999/raw", 404);
    json("/api/captures/abc/raw", 400);
  }

  @Test
  void exportStreams() throws Exception {
    HttpResponse<String> r = served.get("/api/export?format=jsonl&outlet=medcom");
    assertEquals(200, r.statusCode());
    assertEquals(2, r.body().lines().count());
    json("/api/export?format=xml", 400);
  }

  @Test
  void badSearchParametersAreNamed() throws Exception {
    assertTrue(json("/api/search?from=yesterday", 400).get("error").asText()
        .contains("yesterday"));
    json("/api/search?limit=0", 400);
    json("/api/search?date=modified", 400);
    json("/api/search?changed=maybe", 400);
  }
}
