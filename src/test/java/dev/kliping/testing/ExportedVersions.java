package dev.kliping.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** What an archive holds, read as a researcher would: through {@code export --latest}. */
public final class ExportedVersions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportedVersions() {}

  /** url → title and body of each page's latest version; the JSON Lines file is written to out. */
  public static Map<String, String> latest(Path archive, Path out) throws IOException {
    CliRun export = CliRun.of("export", "--archive", archive.toString(), "--format", "jsonl",
        "--latest", "--out", out.toString());
    assertEquals(0, export.exitCode(), export::toString);
    Map<String, String> versions = new TreeMap<>();
    for (String line : Files.readAllLines(out)) {
      JsonNode v = JSON.readTree(line);
      versions.put(v.get("url").asText(), v.get("title").asText() + "\n" + v.get("body").asText());
    }
    return versions;
  }
}
