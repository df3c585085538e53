package dev.kliping.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions a child reported as committed, read from its log. The crawl logs
 * "URL: version N (extractor)" only after the version's transaction committed, so each such
 * line is a promise the archive must keep. A line cut short by the kill promises nothing.
 */
final class ReportedVersions {
  static final Pattern LINE = Pattern.compile("(https?://\\S+): version (\\d+) \\(");

  /** One promised version. */
  record Reported(String url, int number) {}

  private ReportedVersions() {}

  static List<Reported> read(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    List<Reported> out = new ArrayList<>();
    Matcher m = LINE.matcher(end < 0 ? "" : text.substring(0, end + 1));
    while (m.find()) {
      out.add(new Reported(m.group(1), Integer.parseInt(m.group(2))));
    }
    return out;
  }
}
