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

  /* Text never holds NUL, and rarely other C0 controls; images, PDFs and archives are full of them. */
  private static boolean binary(byte[] b) {
    int n = Math.min(b.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls * 20 > n;
  }
}
