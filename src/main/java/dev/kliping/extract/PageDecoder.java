package dev.kliping.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Decodes the bytes; never throws, an unknown charset name falls back to the bytes' evidence. */
  static String decode(byte[] bytes, String declared) {
    if (hasUtf8Bom(bytes)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    Charset claimed = charset(declared);
    if (claimed == null) {
      claimed = charset(metaCharset(bytes));
    }
    Utf8Check utf8 = Utf8Check.of(bytes);
    if (utf8.looksUtf8()) {
      // Valid multibyte UTF-8 almost never happens by accident in a single-byte encoding.
      return new String(bytes, StandardCharsets.UTF_8);
    }
    boolean claimsUtf8 = claimed == null || claimed.equals(StandardCharsets.UTF_8);
    if (claimsUtf8 && utf8.invalid() > 0) {
      // Bytes that are not UTF-8 under a UTF-8 claim are nearly always windows-1252 (Latin-1).
      return new String(bytes, Charset.forName("windows-1252"));
    }
    return new String(bytes, claimed == null ? StandardCharsets.UTF_8 : claimed);
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

  /** Counts of well-formed multibyte sequences and invalid bytes in a UTF-8 reading. */
  record Utf8Check(int multibyte, int invalid) {

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
        i += len;
      }
      return new Utf8Check(multi, bad);
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
