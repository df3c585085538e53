package dev.kliping.export;

import java.io.PrintStream;

/**
 * A one-line progress bar for long exports, drawn on stderr and only when a person is watching
 * (there is a console): redirected or piped output stays clean. Not thread-safe.
 */
public final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final long total;
  private long done;
  private long lastDraw;

  private Progress(PrintStream err, long total) {
    this.err = err;
    this.total = total;
  }

  /** A bar on stderr when there is a console; otherwise one that draws nothing. */
  public static Progress forTerminal(long total) {
    return System.console() == null ? none() : new Progress(System.err, total);
  }

  /** A bar that draws nothing. */
  public static Progress none() {
    return new Progress(null, 0);
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (err != null && now - lastDraw > REDRAW_NANOS) {
      lastDraw = now;
      draw();
    }
  }

  void finish() {
    if (err != null) {
      draw();
      err.println();
    }
  }

  private void draw() {
    int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
        + " versions");
    err.flush();
  }
}
