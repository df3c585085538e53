package dev.kliping.version;

import dev.kliping.extract.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article in the form versions are compared and stored in: every text Unicode NFC, runs of
 * white space as one space, trimmed; empty texts null, empty list items and paragraphs dropped.
 * Two articles are the same version exactly when their {@link #contentHash()}es are equal.
 */
public record NormalizedArticle(
    String title,
    List<String> authors,
    List<String> editors,
    OffsetDateTime published,
    OffsetDateTime modified,
    String section,
    String sourceCredit,
    String language,
    String canonicalUrl,
    List<String> paragraphs,
    String extractor) {

  // \p{Z} covers no-break and other Unicode spaces that \s misses; they are common in news HTML.
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
  // Invisible characters that would make equal-looking texts hash differently.
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b\\u2060\\ufeff]");
  private static final String UNIT = "\u001f";
  private static final String ITEM = "\u001e";

  public NormalizedArticle {
    authors = List.copyOf(authors);
    editors = List.copyOf(editors);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The normal form of an extracted article; never null. */
  public static NormalizedArticle of(Article a) {
    return new NormalizedArticle(text(a.title()), texts(a.authors()), texts(a.editors()),
        a.published(), a.modified(), text(a.section()), text(a.sourceCredit()),
        text(a.language()), text(a.canonicalUrl()), texts(a.body()), a.extractor());
  }

  /** The text in normal form, or null when it is null or blank. */
  public static String text(String s) {
    if (s == null) {
      return null;
    }
    String nfc = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    // Most extracted text is already in normal form: one scan, instead of two replacements.
    String t = isNormal(nfc) ? nfc
        : SPACE.matcher(INVISIBLE.matcher(nfc).replaceAll("")).replaceAll(" ").trim();
    return t.isEmpty() ? null : t;
  }

  /**
   * True when the replacements would leave the text as it is: no invisible character, no white
   * space at either end (nor anything else {@link String#trim} takes off), and none but single
   * plain spaces between words.
   */
  static boolean isNormal(String s) {
    if (s.isEmpty()) {
      return true;
    }
    if (s.charAt(0) <= ' ' || s.charAt(s.length() - 1) <= ' ') {
      return false;
    }
    // The first character is no plain space (checked above), so c == ' ' has one before it.
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' ? s.charAt(i - 1) == ' ' : isSpace(c) || isInvisible(c)) {
        return false;
      }
    }
    return true;
  }

  /** A character of {@link #INVISIBLE}. */
  private static boolean isInvisible(char c) {
    return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
  }

  /** A character of {@link #SPACE}: a regex {@code \s} or a Unicode separator ({@code \p{Z}}). */
  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static List<String> texts(List<String> items) {
    List<String> out = new ArrayList<>(items.size());
    for (String item : items) {
      String t = text(item);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** The body paragraphs joined by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /** The number of words in the body. */
  public int words() {
    int n = 0;
    for (String p : paragraphs) {
      n += p.split(" ").length;
    }
    return n;
  }

  /**
   * SHA-256, in lower-case hex, of the fields that make a version: title, authors, editors,
   * published (as an instant, so a restated offset is no change), source credit and body.
   * Section, modified date and the like are stored but do not make a new version.
   */
  public String contentHash() {
    String canonical = String.join(UNIT,
        "title=" + nz(title),
        "authors=" + String.join(ITEM, authors),
        "editors=" + String.join(ITEM, editors),
        "published=" + (published == null ? "" : published.toInstant().toString()),
        "source_credit=" + nz(sourceCredit),
        "body=" + String.join(ITEM, paragraphs));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
