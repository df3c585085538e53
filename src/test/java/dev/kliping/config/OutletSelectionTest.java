package dev.kliping.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adding an outlet is adding one file: {@code outlets: all} (the default) takes every file of the
 * outlets folder, a list still chooses some, and a file without rules or a schedule is a complete
 * outlet (generic extraction, the default interval).
 */
class OutletSelectionTest {
  /** The least an outlet file needs: hosts, where to discover, what an article URL looks like. */
  static final String ONE_SITE = "id: %1$s\nhosts: [%1$s.example]\nfeeds: [https://%1$s.example/rss]\n"
      + "article_patterns: ['https://%1$s\\.example/berita/\\d+/.*']\n";

  @TempDir Path dir;

  @Test
  void allIsTheDefaultAndPicksUpANewFile() throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "archive: archive\n");
    outletFile("beta");
    assertEquals(List.of("beta"), ids(new ConfigLoader().load(main)));

    outletFile("alpha");
    assertEquals(List.of("alpha", "beta"), ids(new ConfigLoader().load(main)), "in name order");
  }

  @Test
  void allIgnoresHiddenAndOtherFiles() throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "outlets: all\n");
    outletFile("alpha");
    Files.writeString(dir.resolve("outlets/.alpha.yaml"), "half written");
    Files.writeString(dir.resolve("outlets/alpha.yaml~"), "editor backup");
    Files.writeString(dir.resolve("outlets/README.md"), "notes");
    assertEquals(List.of("alpha"), ids(new ConfigLoader().load(main)));
  }

  @Test
  void aListStillChoosesSome() throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "outlets: [gamma, alpha]\n");
    outletFile("alpha");
    outletFile("beta");
    outletFile("gamma");
    assertEquals(List.of("gamma", "alpha"), ids(new ConfigLoader().load(main)));
  }

  @Test
  void aBadFileAmongAllStopsStartUpNamingFileAndKey() throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "outlets: all\n");
    outletFile("alpha");
    Files.writeString(dir.resolve("outlets/broken.yaml"), String.format(ONE_SITE, "broken")
        + "schedule: every ten minutes\n");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(main));
    assertEquals("schedule", e.key());
    assertTrue(e.getMessage().contains("broken.yaml"), e.getMessage());
  }

  @Test
  void noOutletFilesIsNamedWhenACommandWouldCrawl() throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "outlets: all\n");
    Settings settings = new ConfigLoader().load(main);
    ConfigException e = assertThrows(ConfigException.class, settings::outletsToCrawl);
    assertEquals("outlets_dir", e.key());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "outlets: some | outlets",
      "outlets: 5 | outlets",
      "outlets: [] | outlets",
      "daemon: {default_interval: soon} | daemon.default_interval",
      "daemon: {default_interval: 10s} | daemon.default_interval",
      "daemon: {parallel_passes: 0} | daemon.parallel_passes",
  })
  void badSelectionsAndIntervalsAreNamed(String yaml, String key) throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, yaml + "\n");
    outletFile("alpha");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(main));
    assertEquals(key, e.key(), e.getMessage());
  }

  @Test
  void aFileWithoutRulesOrScheduleIsAGenericOutletOnTheDefaultInterval() throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "outlets: all\n");
    outletFile("alpha");
    OutletConfig alpha = new ConfigLoader().load(main).outlets().get(0);
    assertTrue(alpha.genericOnly());
    assertNull(alpha.schedule());
    assertEquals(java.time.Duration.ofMinutes(30),
        new ConfigLoader().load(main).main().daemon().interval());
  }

  @Test
  void extractGenericOverridesRules() throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "outlets: all\n");
    Files.createDirectories(dir.resolve("outlets"));
    Files.writeString(dir.resolve("outlets/alpha.yaml"), String.format(ONE_SITE, "alpha")
        + "rules: {body: [div.body]}\n");
    assertFalse(new ConfigLoader().load(main).outlets().get(0).genericOnly(), "rules by default");
    Files.writeString(dir.resolve("outlets/alpha.yaml"), String.format(ONE_SITE, "alpha")
        + "extract: generic\nrules: {body: [div.body]}\n");
    assertTrue(new ConfigLoader().load(main).outlets().get(0).genericOnly());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "extract: rules | extract",
      "extract: magic | extract",
  })
  void badExtractIsNamed(String yaml, String key) throws IOException {
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "outlets: all\n");
    Files.createDirectories(dir.resolve("outlets"));
    Files.writeString(dir.resolve("outlets/alpha.yaml"), String.format(ONE_SITE, "alpha")
        + yaml + "\n");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(main));
    assertEquals(key, e.key(), e.getMessage());
  }

  private void outletFile(String id) throws IOException {
    Files.createDirectories(dir.resolve("outlets"));
    Files.writeString(dir.resolve("outlets/" + id + ".yaml"), String.format(ONE_SITE, id));
  }

  private static List<String> ids(Settings settings) {
    return settings.outlets().stream().map(OutletConfig::id).toList();
  }
}
