package dev.kliping.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a clean extraction of an outlet's seed article must yield: the golden file, with the
 * values it leaves null taken from what the replay fixture shows.
 */
record Golden(String title, List<String> authors, List<String> editors, String published,
    String sourceCredit, List<String> body, List<String> mustNotContain) {

  static Golden of(String outlet) {
    JsonNode golden = read("src/test/resources/golden/" + outlet + ".json");
    JsonNode fixture = read("src/test/resources/golden/" + outlet + ".fixture.json");
    return new Golden(
        value(golden, fixture, "title"),
        strings(golden.get("authors")),
        strings(golden.get("editors")),
        value(golden, fixture, "published"),
        value(golden, fixture, "source_credit"),
        strings(golden.get("body")),
        strings(golden.get("must_not_contain")));
  }

  /** Whitespace as the archive stores it: every run of spaces, no-break ones too, as one. */
  static String normalize(String s) {
    return s == null ? null : s.replaceAll("[\\s\\p{Z}]+", " ").trim();
  }

  static List<String> normalize(List<String> list) {
    return list.stream().map(Golden::normalize).toList();
  }

  private static String value(JsonNode golden, JsonNode fixture, String field) {
    JsonNode v = golden.get(field);
    if (v == null || v.isNull()) {
      v = fixture.get(field);
    }
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> list.add(n.asText()));
    }
    return list;
  }

  private static JsonNode read(String path) {
    try {
      return new ObjectMapper().readTree(Files.readAllBytes(Path.of(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
