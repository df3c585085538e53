package dev.kliping.extract;

/** Cheap checks on raw bytes that rule a page out before it is parsed. */
final class PageCheck {

  private static final int SAMPLE = 8192;

  private PageCheck() {}

  /** Why these bytes cannot hold an article, in plain words, or null when they might. */
  static String problem(byte[] html, int maxBytes) {
    if (html == null || html.length == 0) {
      return "the page is empty";
    }
    if (html.length > maxBytes) {
      return "the page is " + html.length / (1024 * 1024) + " MB, over the "
          + maxBytes / (1024 * 1024) + " MB limit for an article page";
    }
    if (binary(html)) {
      return "the page is binary data, not HTML";
    }
    return null;
  }

  /*
   * Images, PDFs and archives are full of NUL and other C0 controls; text rarely holds them. But
   * one stray NUL (in a comment, a script, a bad paste) does not make a page binary: a sample that
   * holds HTML markup is HTML whatever else it holds. The caller has already checked that the
   * Content-Type allows HTML.
   */
  private static boolean binary(byte[] b) {
    int n = Math.min(b.length, SAMPLE);
    int controls = 0;
    int nuls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        nuls++;
      } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (nuls == 0 && controls * 20 <= n) {
      return false;
    }
    return !hasMarkup(b, n) || controls * 20 > n;
  }

  /** True when the first n bytes, NULs left out (so UTF-16 counts too), hold an HTML tag. */
  private static boolean hasMarkup(byte[] b, int n) {
    StringBuilder ascii = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (b[i] != 0) {
        ascii.append((char) (b[i] & 0xFF));
      }
    }
    String s = ascii.toString().toLowerCase(java.util.Locale.ROOT);
    return s.contains("<html") || s.contains("<!doctype html") || s.contains("<head")
        || s.contains("<body") || s.contains("<article") || s.contains("<p>");
  }
}
