package dev.kliping.discover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Gunzips with a ceiling on the output: a gzip bomb (a few kilobytes that inflate to gigabytes)
 * is refused once the decompressed bytes pass the limit, before they fill the heap. Used for
 * sitemaps and for the saved pages {@code kliping extract} reads.
 */
public final class BoundedGunzip {
  private BoundedGunzip() {}

  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * @throws IllegalArgumentException when the data inflates to more than {@code maxBytes}, or is
   *     not valid gzip
   */
  public static byte[] gunzip(byte[] gzip, long maxBytes) {
    try {
      return gunzip(new ByteArrayInputStream(gzip), maxBytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid gzip: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a gzip stream (left open) to its end.
   *
   * @throws IllegalArgumentException when it inflates to more than {@code maxBytes}
   * @throws IOException when it cannot be read or is not valid gzip
   */
  public static byte[] gunzip(InputStream gzip, long maxBytes) throws IOException {
    return readAtMost(new GZIPInputStream(gzip), maxBytes, "decompresses to");
  }

  /**
   * Reads a stream (left open) to its end.
   *
   * @throws IllegalArgumentException when it holds more than {@code maxBytes}
   */
  public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
    return readAtMost(in, maxBytes, "holds");
  }

  private static byte[] readAtMost(InputStream in, long maxBytes, String verb)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        throw new IllegalArgumentException(verb + " more than " + maxBytes + " bytes: refused");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
