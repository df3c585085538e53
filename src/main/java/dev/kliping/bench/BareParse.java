package dev.kliping.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * The floor of the startup benchmark: a JVM that only reads the given pages ({@code .html} or
 * {@code .html.gz}) and parses each with jsoup, the least any jsoup-based {@code extract} pays.
 * With no pages it measures the bare JVM starting from kliping's class path.
 */
public final class BareParse {
  private BareParse() {}

  /** Prints the pages' total node count, so that the parse is used and cannot be skipped. */
  public static void main(String[] files) throws IOException {
    long nodes = 0;
    for (String file : files) {
      nodes += Jsoup.parse(new String(read(Path.of(file)), StandardCharsets.UTF_8), "")
          .getAllElements().size();
    }
    System.out.println(files.length + " pages, " + nodes + " elements");
  }

  private static byte[] read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    }
  }
}
