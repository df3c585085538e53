package dev.kliping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.config.ConfigLoader;
import dev.kliping.config.OutletConfig;
import dev.kliping.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kliping outlet new} drafts an outlet file from recorded article pages that loads with
 * the configuration and crawls the replay those pages came from.
 */
class OutletNewCommandTest {
  private static final String ONE = "https://www.etindonesia.com/2024/06/21/korea-utara-dan-rusia"
      + "-menandatangani-perjanjian-pertahanan-bersama-meningkatkan-kekhawatiran-internasional/";
  private static final String TWO = "https://www.etindonesia.com/2024/06/21/jepang-dan-korea"
      + "-selatan-perketat-koordinasi-usai-pakta-rusia-korea-utara/";

  @TempDir Path dir;
  private Path config;
  private Path replay;

  @BeforeEach
  void aConfigWithoutOutletsAndTheRecordedSiteUnderTheNewId() throws Exception {
    config = dir.resolve("config");
    Files.createDirectories(config.resolve("outlets"));
    Files.copy(Path.of("config/kliping.yaml"), config.resolve("kliping.yaml"));
    Files.createDirectories(config.resolve("boilerplate"));
    Files.copy(Path.of("config/boilerplate/id.yaml"), config.resolve("boilerplate/id.yaml"));
    replay = dir.resolve("replay");
    copy(Path.of("src/test/resources/replay/epochtimes"), replay.resolve("etnew"));
  }

  @Test
  void draftsAFileThatLoadsPassesOnEverySampleAndCrawlsTheReplay() throws Exception {
    CliRun run = CliRun.of("outlet", "new", "etnew", "--config", config.toString(), "--replay",
        replay.toString(), "--sample", ONE, "--sample", TWO);
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("pass " + ONE), run.out());
    assertTrue(run.out().contains("pass " + TWO), run.out());
    assertTrue(run.out().contains("2 of 2 samples pass"), run.out());

    OutletConfig outlet = new ConfigLoader().load(config.resolve("kliping.yaml")).outlet("etnew")
        .orElseThrow();
    assertEquals(List.of("www.etindonesia.com"), outlet.hosts());
    assertEquals(List.of("https://www.etindonesia.com/feed/"), outlet.feeds());
    assertEquals(List.of("https://www.etindonesia.com/sitemap_index.xml"), outlet.sitemaps());
    assertEquals(List.of("https?://www\\.etindonesia\\.com/\\d{4}/\\d{2}/\\d{2}/[A-Za-z0-9%_-]+/?"),
        outlet.articlePatterns());
    assertEquals(List.of("div.td-post-content"), outlet.rules().body());
    assertEquals(List.of("h1.entry-title"), outlet.rules().title());
    assertTrue(org.quartz.CronExpression.isValidExpression(outlet.schedule()), outlet.schedule());

    CliRun crawl = CliRun.of("crawl", "--config", config.resolve("kliping.yaml").toString(),
        "--archive", dir.resolve("archive").toString(), "--replay", replay.toString(),
        "--format", "json");
    assertEquals(0, crawl.exitCode(), crawl::toString);
    JsonNode summary = new ObjectMapper().readTree(crawl.out()).at("/outlets/0");
    assertEquals("etnew", summary.get("outlet").asText());
    assertEquals(2, summary.get("new_versions").asInt(), crawl.out());
    assertEquals(0, summary.get("errors").asInt(), crawl.out());
  }

  @Test
  void anExistingFileIsKeptUnlessForced() throws Exception {
    Path file = config.resolve("outlets/etnew.yaml");
    String mine = Files.readString(Path.of("config/outlets/epochtimes.yaml"))
        .replace("id: epochtimes", "id: etnew");
    Files.writeString(file, mine);
    CliRun refused = CliRun.of("outlet", "new", "etnew", "--config", config.toString(),
        "--replay", replay.toString(), "--sample", ONE);
    assertEquals(2, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("etnew.yaml exists; --force replaces it"), refused.err());
    assertEquals(mine, Files.readString(file));

    CliRun forced = CliRun.of("outlet", "new", "etnew", "--force", "--config", config.toString(),
        "--replay", replay.toString(), "--sample", ONE);
    assertEquals(0, forced.exitCode(), forced::toString);
    assertTrue(Files.readString(file).contains("id: etnew"));
  }

  @Test
  void aSampleThatIsNoArticleFailsAndBadInputIsBadUsage() throws Exception {
    CliRun listing = CliRun.of("outlet", "new", "etnew", "--config", config.toString(),
        "--replay", replay.toString(), "--sample", ONE, "--sample",
        "https://www.etindonesia.com/feed/");
    assertEquals(1, listing.exitCode(), listing::toString);
    assertTrue(listing.out().contains("FAIL https://www.etindonesia.com/feed/"), listing.out());
    assertTrue(listing.out().contains("1 of 2 samples pass"), listing.out());

    CliRun badId = CliRun.of("outlet", "new", "Bad Id", "--config", config.toString(),
        "--sample", ONE);
    assertEquals(2, badId.exitCode(), badId::toString);
    assertTrue(badId.err().contains("not an outlet id"), badId.err());

    CliRun noConfig = CliRun.of("outlet", "new", "etnew", "--config",
        dir.resolve("nowhere").toString(), "--sample", ONE);
    assertEquals(2, noConfig.exitCode(), noConfig::toString);
    assertTrue(noConfig.err().contains("no configuration to add the outlet to"), noConfig.err());
    assertFalse(Files.exists(dir.resolve("nowhere")));

    CliRun noSub = CliRun.of("outlet");
    assertEquals(2, noSub.exitCode(), noSub::toString);
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
