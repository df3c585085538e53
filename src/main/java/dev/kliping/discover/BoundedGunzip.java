package dev.kliping.discover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Gunzips with a ceiling on the output: a gzip bomb (a few kilobytes that inflate to gigabytes)
 * is refused once the decompressed bytes pass the limit, before they fill the heap.
 */
final class BoundedGunzip {
  private BoundedGunzip() {}

  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * @throws IllegalArgumentException when the data inflates to more than {@code maxBytes}, or is
   *     not valid gzip
   */
  static byte[] gunzip(byte[] gzip, long maxBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > maxBytes) {
          throw new IllegalArgumentException(
              "decompresses to more than " + maxBytes + " bytes: refused");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid gzip: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
