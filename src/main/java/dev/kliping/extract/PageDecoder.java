package dev.kliping.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a response body into text. The declared charset is a hint, not a fact: servers and
 * templates often declare windows-1252 on UTF-8 bytes or the reverse, so the bytes get the last
 * word. Pure and thread-safe.
 */
final class PageDecoder {

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
  /* The meta tag must sit in the first bytes of the page (HTML's prescan looks at 1024). */
  private static final int PRESCAN = 4096;

  private PageDecoder() {}

  /**
   * Parses the bytes as {@link #decode} reads them. Well-formed UTF-8, nearly every page, is
   * decoded by jsoup as it parses, which skips building the whole page as one string first.
   */
  static Document parse(byte[] bytes, String declared, String baseUri) {
    Reading r = reading(bytes, declared);
    if (r.wellFormedUtf8()) {
      try {
        return Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", baseUri);
      } catch (IOException e) {
        throw new UncheckedIOException("reading an array cannot fail", e);
      }
    }
    return Jsoup.parse(r.decode(bytes), baseUri);
  }

  /** Decodes the bytes; never throws, an unknown charset name falls back to the bytes' evidence. */
  static String decode(byte[] bytes, String declared) {
    return reading(bytes, declared).decode(bytes);
  }

  /* How to read the bytes: from which offset, in which charset, and whether they are exact UTF-8. */
  private record Reading(int offset, Charset charset, boolean wellFormedUtf8) {
    String decode(byte[] bytes) {
      return new String(bytes, offset, bytes.length - offset, charset);
    }
  }

  private static Reading reading(byte[] bytes, String declared) {
    if (hasUtf8Bom(bytes)) {
      return new Reading(3, StandardCharsets.UTF_8, false);
    }
    Charset claimed = charset(declared);
    if (claimed == null) {
      claimed = charset(metaCharset(bytes));
    }
    Utf8Check utf8 = Utf8Check.of(bytes);
    // A stray or irregular byte would become U+FFFD: only a decoder of the whole array is known
    // to replace it exactly as it always has.
    boolean exact = utf8.invalid() == 0 && utf8.irregular() == 0;
    if (utf8.looksUtf8()) {
      // Valid multibyte UTF-8 almost never happens by accident in a single-byte encoding.
      return new Reading(0, StandardCharsets.UTF_8, exact);
    }
    boolean claimsUtf8 = claimed == null || claimed.equals(StandardCharsets.UTF_8);
    if (claimsUtf8 && utf8.invalid() > 0) {
      // Bytes that are not UTF-8 under a UTF-8 claim are nearly always windows-1252 (Latin-1).
      return new Reading(0, Charset.forName("windows-1252"), false);
    }
    Charset charset = claimed == null ? StandardCharsets.UTF_8 : claimed;
    return new Reading(0, charset, exact && charset.equals(StandardCharsets.UTF_8));
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    // HTML maps these labels to windows-1252; Java would decode them more strictly.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Charset.forName(n);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Counts of well-formed multibyte sequences and invalid bytes in a UTF-8 reading; irregular
   * counts the well-formed ones that strict UTF-8 still refuses (overlong forms, surrogates,
   * code points past U+10FFFF).
   */
  record Utf8Check(int multibyte, int invalid, int irregular) {

    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /* Multibyte sequences must clearly outnumber stray bytes for UTF-8 to win. */
    boolean looksUtf8() {
      return multibyte > 0 && invalid * 20 <= multibyte;
    }

    static Utf8Check of(byte[] b) {
      int multi = 0;
      int bad = 0;
      int odd = 0;
      int i = 0;
      while (i < b.length) {
        // Markup is ASCII even on pages in other scripts: skip it eight bytes at a time.
        while (i + Long.BYTES <= b.length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
          i += Long.BYTES;
        }
        if (i >= b.length) {
          break;
        }
        int c = b[i] & 0xFF;
        int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
            : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 1) {
          i++;
          continue;
        }
        if (len == 0 || i + len > b.length || !continuations(b, i + 1, len - 1)) {
          bad++;
          i++;
          continue;
        }
        multi++;
        if (len > 2 && irregular(c, b[i + 1] & 0xFF)) {
          odd++;
        }
        i += len;
      }
      return new Utf8Check(multi, bad, odd);
    }

    /* The second byte's range that strict UTF-8 allows after these lead bytes (RFC 3629). */
    private static boolean irregular(int lead, int second) {
      return lead == 0xE0 && second < 0xA0 || lead == 0xED && second >= 0xA0
          || lead == 0xF0 && second < 0x90 || lead == 0xF4 && second >= 0x90;
    }

    private static boolean continuations(byte[] b, int from, int count) {
      for (int k = from; k < from + count; k++) {
        if ((b[k] & 0xC0) != 0x80) {
          return false;
        }
      }
      return true;
    }
  }
}
