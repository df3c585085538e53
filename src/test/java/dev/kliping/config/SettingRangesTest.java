package dev.kliping.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Case 6 of the hostile cases: every number and string of the configuration has a range checked
 * at load time, and every regular expression of every configuration file is compiled then; a bad
 * value names the file and the key and exits 2.
 */
class SettingRangesTest {
  static final String OUTLET = "id: demo\nschedule: 0 0/20 * * * ?\nhosts: [a.example]\n"
      + "feeds: [https://a.example/rss]\narticle_patterns: ['.*']\n";

  @TempDir Path dir;

  private Path config(String main, String outletExtra, String catalogue) throws IOException {
    Files.createDirectories(dir.resolve("outlets"));
    Files.writeString(dir.resolve("outlets/demo.yaml"), OUTLET + outletExtra);
    Files.writeString(dir.resolve("catalogue.yaml"), catalogue.isEmpty() ? "{}" : catalogue);
    return Files.writeString(dir.resolve("kliping.yaml"),
        "outlets: [demo]\nboilerplate: catalogue.yaml\n" + main);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http: {connect_timeout_seconds: -1} | http.connect_timeout_seconds",
      "http: {read_timeout_seconds: -5} | http.read_timeout_seconds",
      "http: {call_timeout_seconds: -1} | http.call_timeout_seconds",
      "http: {max_urls_per_host: -1} | http.max_urls_per_host",
      "http: {host_delay_millis: -1} | http.host_delay_millis",
      "http: {user_agent: ''} | http.user_agent",
      "http: {user_agent: '   '} | http.user_agent",
      "http: {user_agent: \"kliping\\r\\nX-Evil: 1\"} | http.user_agent",
      "http: {user_agent: 'kliping/0.1 (arsip berita—kontak)'} | http.user_agent",
      "http: {max_body_bytes: 0} | http.max_body_bytes",
      "http: {max_redirects: -1} | http.max_redirects",
      "http: {max_redirects: 1000000} | http.max_redirects",
      "http: {max_host_wait_seconds: -1} | http.max_host_wait_seconds",
      "http: {max_retry_after_seconds: -1} | http.max_retry_after_seconds",
      "http: {robots_cache_hours: -1} | http.robots_cache_hours",
      "http: {max_sitemap_bytes: 0} | http.max_sitemap_bytes",
      "daemon: {revisit_check_seconds: 100000000} | daemon.revisit_check_seconds",
      "archive: '' | archive",
      "outlets_dir: ' ' | outlets_dir",
  })
  void outOfRangeSettingNamesFileAndKey(String yaml, String key) throws IOException {
    Path file = config(yaml, "", "");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(file));
    assertEquals(key, e.key(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "language: 'id\\u001b[2J' | language",
      "language: '' | language",
      "single_page_query: \"page=all\\r\\nX: y\" | single_page_query",
      "single_page_query: 'page=all&x=<script>' | single_page_query",
      "name: \"Demo\\u0007\" | name",
  })
  void outletStringWithoutItsShapeNamesFileAndKey(String yaml, String key) throws IOException {
    Path file = config("", yaml + "\n", "");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(file));
    assertEquals(key, e.key(), e.getMessage());
    assertTrue(e.getMessage().contains("demo.yaml"), e.getMessage());
  }

  @Test
  void theShippedDefaultsAreInRange() throws IOException {
    new ConfigLoader().load(config("", "", ""));
    new ConfigLoader().load(Path.of("config/kliping.yaml"));
  }

  @Test
  void aBadCaptionEndingInAnOutletFileIsRefusedAtLoadTime() throws IOException {
    Path file = config("", "rules: {boilerplate: {caption_endings: ['/RMOL', '(EFE']}}\n", "");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(file));
    assertEquals("rules.boilerplate.caption_endings[1]", e.key());
    assertTrue(e.getMessage().contains("demo.yaml"), e.getMessage());
  }

  @Test
  void aBadCaptionEndingInTheCatalogueIsRefusedAtLoadTime() throws IOException {
    // Valid inside the (?:...) the extractor wraps it in, but not alone: still refused.
    Path file = config("", "", "caption_endings: ['/RMOL', 'a)(?:b']\n");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(file));
    assertEquals("caption_endings[1]", e.key());
    assertTrue(e.getMessage().contains("catalogue.yaml"), e.getMessage());
  }

  @Test
  void theCommandLineExitsTwoNamingFileAndKey() throws IOException {
    for (String[] bad : new String[][] {
        {"http: {connect_timeout_seconds: -1}\n", "", "", "http.connect_timeout_seconds"},
        {"http: {user_agent: \"a\\r\\nb\"}\n", "", "", "http.user_agent"},
        {"", "", "caption_endings: ['[']\n", "caption_endings[0]"}}) {
      Path file = config(bad[0], bad[1], bad[2]);
      CliRun run = CliRun.of("crawl", "--config", file.toString(), "--archive",
          dir.resolve("archive").toString());
      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().contains("key '" + bad[3] + "'"), run.err());
      assertTrue(run.err().lines().count() == 1, "one line, no stack trace: " + run.err());
    }
  }
}
