package dev.kliping.stories;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named entities of a text, the cheap way news clustering has long done it: runs of
 * capitalised words ("Kim Jong Un", "Dewan Keamanan PBB") and numbers with a unit ("500 ribu",
 * "Rp 10 miliar", "3 hari"). A lone capitalised word that opens a sentence is left out, since
 * Indonesian capitalises every sentence's first word. Stateless and thread-safe.
 */
final class Entities {
  private static final Pattern CAPITALISED =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\d]*(?:[-'’]\\p{L}+)*");
  private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
      "(?i)(?:rp\\.?\\s?)?\\d+(?:[.,]\\d+)*\\s(?:persen|ribu|juta|miliar|triliun|km|kilometer"
          + "|meter|ton|orang|jiwa|tahun|bulan|hari|unit|dolar|us\\$|rupiah|korban|rudal|pasukan"
          + "|tentara|prajurit)\\b");

  /**
   * Capitalised only because they open a sentence, or names of days and months (every article
   * has some): dropped from the front of a run, or as a whole run.
   */
  private static final Set<String> NOT_NAMES = Set.of("sementara", "menurut", "dengan", "pada",
      "jika", "meskipun", "dimana", "sedangkan", "namun", "dalam", "di", "ke", "dari", "untuk",
      "saat", "ketika", "setelah", "sebelum", "kata", "ujar", "bahkan", "selain", "oleh", "dan",
      "atau", "tetapi", "sebelumnya", "kemudian", "hal", "ini", "itu", "para", "sang", "seperti",
      "bagi", "karena", "sejak", "hingga", "sampai", "yang", "pihak", "kini", "adapun", "bahwa",
      "sebagai", "tak", "tidak", "juga", "apalagi", "senin", "selasa", "rabu", "kamis", "jumat",
      "sabtu", "minggu", "januari", "februari", "maret", "april", "mei", "juni", "juli",
      "agustus", "september", "oktober", "november", "desember", "the", "a", "in", "on");

  private Entities() {}

  /** The entities in the text with how often each occurs, keyed in normal form (a_b_c). */
  static Map<String, Integer> of(String text) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Matcher m = CAPITALISED.matcher(text);
    int runStart = -1;
    int runEnd = -1;
    int runWords = 0;
    while (m.find()) {
      if (runStart >= 0 && joined(text, runEnd, m.start())) {
        runEnd = m.end();
        runWords++;
        continue;
      }
      add(out, text, runStart, runEnd, runWords);
      runStart = m.start();
      runEnd = m.end();
      runWords = 1;
    }
    add(out, text, runStart, runEnd, runWords);
    Matcher n = NUMBER_WITH_UNIT.matcher(text);
    while (n.find()) {
      out.merge(key(n.group()), 1, Integer::sum);
    }
    return out;
  }

  private static boolean joined(String text, int from, int to) {
    // Only plain spaces join capitalised words: "Korea Utara, Rusia" are two entities.
    return to - from <= 2 && text.substring(from, to).isBlank();
  }

  private static void add(Map<String, Integer> out, String text, int start, int end, int words) {
    if (start < 0) {
      return;
    }
    String[] parts = key(text.substring(start, end)).split("_");
    int from = 0;
    while (from < parts.length && NOT_NAMES.contains(parts[from])) {
      from++;
    }
    if (from == parts.length || (from == 0 && parts.length == 1 && opensSentence(text, start))) {
      return;
    }
    String key = String.join("_", java.util.Arrays.copyOfRange(parts, from, parts.length));
    if (key.length() > 1) {
      out.merge(key, 1, Integer::sum);
    }
  }

  private static boolean opensSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '(') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':';
    }
    return true;
  }

  static String key(String entity) {
    Words w = Words.of(entity);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.size(); i++) {
      out.append(i == 0 ? "" : "_").append(w.word(i));
    }
    return out.toString();
  }
}
