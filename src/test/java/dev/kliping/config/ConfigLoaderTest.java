package dev.kliping.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void shippedConfigurationLoads() {
    Settings settings = new ConfigLoader().load(Path.of("config/kliping.yaml"));
    assertEquals(
        java.util.List.of("epochtimes", "kompastv", "medcom", "paltv", "rmol"),
        settings.outlets().stream().map(OutletConfig::id).toList());
    for (OutletConfig outlet : settings.outlets()) {
      assertFalse(outlet.hosts().isEmpty(), outlet.id());
      assertFalse(outlet.rules().body().isEmpty(), outlet.id() + " has body selectors");
    }
    assertFalse(settings.boilerplate().dropLinesStarting().isEmpty());
    assertEquals(HttpSettings.DEFAULTS.maxBodyBytes(), settings.main().http().maxBodyBytes());
  }

  /** Each bad outlet file names the file and the key at fault. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "id: demo\\nschedule: 0 0/20 * * * ?\\nhosts: [a.example]\\nfeeds: [https://a.example/rss]\\narticle_patterns: ['.*']\\ncolour: red | colour",
      "id: demo\\nschedule: 0 0/20 * * * ?\\nhosts: [a.example]\\nfeeds: [https://a.example/rss]\\narticle_patterns: ['.*']\\nrules: {title: 5} | rules.title",
      "id: demo\\nschedule: 0 0/20 * * * ?\\nhosts: [a.example]\\nfeeds: [https://a.example/rss]\\narticle_patterns: ['(unclosed'] | article_patterns[0]",
      "id: demo\\nschedule: 0 0/20 * * * ?\\nhosts: [a.example]\\nfeeds: [https://a.example/rss]\\narticle_patterns: ['.*']\\nrules: {body: ['div[[']} | rules.body[0]",
      "id: other\\nhosts: [a.example]\\nfeeds: [https://a.example/rss]\\narticle_patterns: ['.*'] | id",
      "id: demo\\nhosts: []\\nfeeds: [https://a.example/rss]\\narticle_patterns: ['.*'] | hosts",
      "id: demo\\nhosts: [a.example]\\nfeeds: [https://b.example/rss]\\narticle_patterns: ['.*'] | feeds[0]",
      "id: demo\\nschedule: 0 0/20 * * * ?\\nhosts: [a.example]\\nfeeds: [https://a.example/rss]\\narticle_patterns: ['.*']\\nrules: {zone: WIB} | rules.zone",
  })
  void badOutletFileNamesFileAndKey(String yaml, String key) throws IOException {
    Path main = writeConfig(yaml.replace("\\n", "\n"));
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(main));
    assertEquals(key, e.key(), e.getMessage());
    assertTrue(e.getMessage().contains("demo.yaml"), e.getMessage());
  }

  @Test
  void badScheduleIsNamed() throws IOException {
    Path main = writeConfig("id: demo\nschedule: every ten minutes\nhosts: [a.example]\n"
        + "feeds: [https://a.example/rss]\narticle_patterns: ['.*']\n");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(main));
    assertEquals("schedule", e.key());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "daemon: {revisit: [{until: 3h, every: soon}]} | daemon.revisit[0].every",
      "daemon: {revisit: [{until: 3h, every: 15m}, {until: 1h, every: 1h}]} | daemon.revisit[1].until",
      "daemon: {api_port: 70000} | daemon.api_port",
      "node: 'crawler 1' | node",
      "cluster: {checkin_interval: often} | cluster.checkin_interval",
      "cluster: {lease: 1s} | cluster.lease",
  })
  void badDaemonSettingsAreNamed(String yaml, String key) throws IOException {
    Files.writeString(dir.resolve("kliping.yaml"), "outlets: [demo]\n" + yaml + "\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader().load(dir.resolve("kliping.yaml")));
    assertEquals(key, e.key(), e.getMessage());
  }

  @Test
  void missingOutletFileIsNamed() throws IOException {
    Files.writeString(dir.resolve("kliping.yaml"), "outlets: [ghost]\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader().load(dir.resolve("kliping.yaml")));
    assertTrue(e.getMessage().contains("ghost.yaml") && e.getMessage().contains("not found"),
        e.getMessage());
  }

  @Test
  void badMainFileNamesTheKey() throws IOException {
    Files.writeString(dir.resolve("kliping.yaml"),
        "outlets: [demo]\nhttp:\n  max_body_bytes: lots\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader().load(dir.resolve("kliping.yaml")));
    assertEquals("http.max_body_bytes", e.key());
  }

  @Test
  void yamlThatDoesNotParseIsReported() throws IOException {
    Files.writeString(dir.resolve("kliping.yaml"), "outlets: [demo\n  : : :\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader().load(dir.resolve("kliping.yaml")));
    assertTrue(e.getMessage().startsWith(dir.resolve("kliping.yaml").toString()), e.getMessage());
  }

  private Path writeConfig(String outletYaml) throws IOException {
    Files.createDirectories(dir.resolve("outlets"));
    Files.writeString(dir.resolve("outlets/demo.yaml"), outletYaml);
    Path main = dir.resolve("kliping.yaml");
    Files.writeString(main, "outlets: [demo]\n");
    return main;
  }
}
