package dev.kliping.archive;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Run as a child JVM by {@link CrashTest}: captures and stores changing articles into the
 * archive given as the first argument until it is killed, printing each committed capture.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    Archive archive = Archive.open(Path.of(args[0]));
    for (long i = 0; ; i++) {
      String url = Fixtures.URL + "/" + (i % 3);
      Instant at = Fixtures.T0.plusSeconds(i);
      long page = archive.page("rmol", url, at);
      Capture c = archive.capture(page, Fixtures.gunzipped(url, "<p>" + i + "</p>", at));
      VersionOutcome v = archive.store(page, c, Fixtures.story(Long.toString(System.nanoTime())));
      System.out.println("committed " + c.id() + " " + url + " " + v.versionNumber());
      System.out.flush();
    }
  }
}
