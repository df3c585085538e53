package dev.kliping.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kliping.export.JsonMapping;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search too big to run is the client's error, a 400 naming q, on the API and the page. */
class SearchLimitsTest {
  @TempDir static Path dir;
  static Served served;
  static final String WORDS = Served.enc(IntStream.range(0, 1100).mapToObj(i -> "k" + i)
      .collect(Collectors.joining(" ")));

  @BeforeAll
  static void start() throws Exception {
    served = Served.start(dir, null);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void tooManyWordsIsA400NamingQ() throws Exception {
    HttpResponse<String> api = served.get("/api/search?q=" + WORDS);
    assertEquals(400, api.statusCode(), api.body());
    JsonNode error = JsonMapping.MAPPER.readTree(api.body());
    assertTrue(error.get("error").asText().startsWith("q: too many words"), api.body());
    HttpResponse<String> page = served.get("/?q=" + WORDS);
    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("q: too many words"), page.body());
  }

  @Test
  void fuzzySyntaxIsPlainText() throws Exception {
    HttpResponse<String> r = served.get("/api/search?q=" + Served.enc("koreo~1"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(0, JsonMapping.MAPPER.readTree(r.body()).get("total").asInt());
  }
}
