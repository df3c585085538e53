package dev.kliping.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kliping.archive.CdxjIndex;
import dev.kliping.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our CDXJ indexes say what warcio.js (npm warcio, the indexer behind ReplayWeb.page) says of
 * the same WARC files, revisit records included; and {@code kliping index} writes them again.
 */
class WarcioIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** One CDXJ line as data: key, timestamp and the JSON block parsed, so spacing cannot matter. */
  private record Line(String key, String timestamp, Map<?, ?> fields) {
    static Line of(String line) {
      String[] parts = line.split(" ", 3);
      try {
        return new Line(parts[0], parts[1], JSON.readValue(parts[2], Map.class));
      } catch (java.io.IOException e) {
        throw new AssertionError("not a CDXJ line: " + line, e);
      }
    }
  }

  private static List<Line> parse(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).map(Line::of).collect(Collectors.toList());
  }

  @Test
  void ourIndexOfEachWarcFileIsWarcioJsIndex() throws Exception {
    NodeTools.require();
    Path archive = dir.resolve("archive");
    for (int pass = 0; pass < 2; pass++) {
      // The second pass fetches the feeds and robots.txt again, unchanged: revisit records.
      CliRun crawl = CliRun.of("crawl", "--config", "config/kliping.yaml", "--archive",
          archive.toString(), "--replay", "src/test/resources/replay", "--outlet", "kompastv");
      assertEquals(0, crawl.exitCode(), crawl::toString);
    }
    Path warc = archive.resolve("warc");
    List<Path> files;
    try (Stream<Path> s = Files.list(warc)) {
      files = s.filter(p -> p.toString().endsWith(".warc.gz")).sorted()
          .collect(Collectors.toList());
    }
    assertEquals(2, files.size(), "one WARC file per crawl: " + files);
    int revisits = 0;
    for (Path file : files) {
      Path index = CdxjIndex.pathFor(file);
      assertTrue(Files.isRegularFile(index), "indexed when closed: " + index);
      List<String> ours = Files.readAllLines(index);
      assertEquals(ours.stream().sorted().collect(Collectors.toList()), ours, "sorted");
      String theirs = NodeTools.run(warc, 120, "node",
          NodeTools.module("warcio/dist/cli.js").toString(), "cdx-index", "--format", "cdxj",
          file.getFileName().toString());
      List<Line> expected = parse(List.of(theirs.split("\n")));
      expected.sort((a, b) -> (a.key() + " " + a.timestamp() + " " + a.fields().get("offset"))
          .compareTo(b.key() + " " + b.timestamp() + " " + b.fields().get("offset")));
      List<Line> actual = new ArrayList<>(parse(ours));
      actual.sort((a, b) -> (a.key() + " " + a.timestamp() + " " + a.fields().get("offset"))
          .compareTo(b.key() + " " + b.timestamp() + " " + b.fields().get("offset")));
      assertFalse(expected.isEmpty());
      assertEquals(expected, actual, file.getFileName().toString());
      revisits += (int) actual.stream()
          .filter(l -> "warc/revisit".equals(l.fields().get("mime"))).count();
    }
    assertTrue(revisits > 0, "the second crawl's unchanged fetches are revisit records");

    // Closing sorted the lines kept while writing; `kliping index` reads the files: the same.
    Map<Path, List<String>> kept = new java.util.HashMap<>();
    for (Path file : files) {
      assertFalse(Files.exists(CdxjIndex.pathFor(file).resolveSibling(
          CdxjIndex.pathFor(file).getFileName() + ".open")), "kept lines deleted on close");
      kept.put(file, Files.readAllLines(CdxjIndex.pathFor(file)));
      Files.delete(CdxjIndex.pathFor(file));
    }
    CliRun index = CliRun.of("index", "--archive", archive.toString());
    assertEquals(0, index.exitCode(), index::toString);
    assertTrue(index.out().startsWith("indexed 2 WARC files: "), index.out());
    for (Path file : files) {
      assertTrue(Files.isRegularFile(CdxjIndex.pathFor(file)), "rebuilt by kliping index");
      assertEquals(kept.get(file), Files.readAllLines(CdxjIndex.pathFor(file)),
          "the index made on close is the one made by reading " + file.getFileName());
    }
  }

  @Test
  void indexingAFolderWithoutWarcFilesIsABadUsage() {
    CliRun index = CliRun.of("index", "--archive", dir.resolve("nothing").toString());
    assertEquals(2, index.exitCode(), index::toString);
    assertTrue(index.err().contains("is not a folder"), index.err());
  }
}
