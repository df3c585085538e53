package dev.kliping.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's tag, class and id say about it: page furniture (navigation, comments,
 * sharing, ads...), article content, or nothing. Class and id are split into words, camelCase
 * included ("ArticlePage-relatedLinks" gives article, page, related, links), and looked up in
 * sets rather than matched with regular expressions: this runs for many elements of every page.
 * Stateless and thread-safe.
 */
final class Hints {

  /** What an element's markup says about it. */
  enum Kind { NONE, CONTENT, FURNITURE, COMMENTS }

  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "aside", "footer", "header", "menu", "form", "dialog");
  private static final Set<String> FURNITURE_WORDS = Set.of("footer", "foot", "menu", "nav",
      "navbar", "navigation", "sidebar", "rail", "related", "relacionados", "recommended",
      "recommendations", "recommendation", "share", "sharing", "sharebar", "social", "newsletter",
      "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "popup",
      "modal", "breadcrumb", "breadcrumbs", "pagination", "pager", "promo", "promotion", "sponsor",
      "sponsored", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit",
      "banner", "outbrain", "taboola", "widget", "widgets", "tags", "tag", "tagcloud", "author",
      "bio", "byline", "dateline", "meta", "caption", "credit", "credits", "masthead", "toolbar",
      "print", "skip", "hidden", "trending", "popular", "mostread", "teaser", "teasers", "follow",
      "copyright", "disclaimer", "login", "signin", "search", "header", "topbar", "subnav", "more",
      "moreposts", "categories", "category", "labels", "keywords", "rating", "newsletters",
      "donate", "timestamp", "date", "published", "posted", "subtitle", "standfirst", "summary",
      "keypoints", "jump", "share-buttons", "sns", "hreview", "overlay", "alert", "notice");
  private static final Set<String> COMMENT_WORDS =
      Set.of("comment", "comments", "disqus", "respond", "reply", "replies", "discussion");
  private static final Set<String> CONTENT_WORDS = Set.of("article", "articlebody", "body",
      "content", "entry", "main", "post", "story", "text", "blog", "prose", "hentry", "richtext");
  private static final Map<String, Kind> WORDS = words();

  private Hints() {}

  /** The kind of {@code e}; furniture and comment words win over content words. */
  static Kind of(Element e) {
    return of(e, null);
  }

  /** The kind of {@code e}, with class attributes read through {@code classKinds} when not null. */
  static Kind of(Element e, Map<String, Kind> classKinds) {
    String tag = e.normalName();
    if (e.attributesSize() == 0) {
      return FURNITURE_TAGS.contains(tag) ? Kind.FURNITURE : Kind.NONE;
    }
    if ("articleBody".equals(e.attr("itemprop")) || tag.equals("article")) {
      return Kind.CONTENT;
    }
    String cls = e.className();
    Kind kind = classKinds == null || cls.isEmpty() ? words(cls, Kind.NONE)
        : classKinds.computeIfAbsent(cls, c -> words(c, Kind.NONE));
    kind = words(e.id(), kind);
    if (kind == Kind.NONE || kind == Kind.CONTENT) {
      String role = e.attr("role");
      if (FURNITURE_TAGS.contains(tag) || role.equals("navigation")
          || role.equals("complementary") || role.equals("contentinfo")) {
        return Kind.FURNITURE;
      }
    }
    return kind;
  }

  private static Kind words(String attr, Kind kind) {
    if (attr.isEmpty()) {
      return kind;
    }
    if (ascii(attr)) {
      return asciiWords(attr, kind);
    }
    // Word boundaries come from the original's case, the words from one lower-cased copy.
    String lower = attr.toLowerCase(Locale.ROOT);
    int n = attr.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      boolean end = i == n || !Character.isLetterOrDigit(attr.charAt(i))
          || (i > start && Character.isUpperCase(attr.charAt(i))
              && Character.isLowerCase(attr.charAt(i - 1)));
      if (!end) {
        continue;
      }
      if (i > start) {
        kind = stronger(kind, word(lower.substring(start, i)));
      }
      start = i < n && Character.isLetterOrDigit(attr.charAt(i)) ? i : i + 1;
    }
    return kind;
  }

  /*
   * The same split for the usual ASCII attribute, without a lower-cased copy or a string per
   * word: each word's lower-case hash is looked up in a table of the known words.
   */
  private static Kind asciiWords(String attr, Kind kind) {
    int n = attr.length();
    int start = 0;
    int hash = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? attr.charAt(i) : ' ';
      boolean letter = letterOrDigit(c);
      boolean upper = c >= 'A' && c <= 'Z';
      boolean end = !letter || (i > start && upper && isLower(attr.charAt(i - 1)));
      if (end) {
        if (i > start) {
          kind = stronger(kind, KnownWords.kind(attr, start, i, hash));
        }
        start = letter ? i : i + 1;
        hash = 0;
      }
      if (letter) {
        hash = 31 * hash + (upper ? c + ('a' - 'A') : c);
      }
    }
    return kind;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /* An open-addressing table from a word's hash to its kind; the words are lower-case ASCII. */
  private static final class KnownWords {
    private static final int SIZE = 1024;
    private static final String[] KEYS = new String[SIZE];
    private static final Kind[] KINDS = new Kind[SIZE];

    static {
      WORDS.forEach((w, k) -> {
        int i = slot(w.hashCode());
        while (KEYS[i] != null) {
          i = (i + 1) & (SIZE - 1);
        }
        KEYS[i] = w;
        KINDS[i] = k;
      });
    }

    static Kind kind(String attr, int from, int to, int hash) {
      for (int i = slot(hash); KEYS[i] != null; i = (i + 1) & (SIZE - 1)) {
        String key = KEYS[i];
        if (key.length() == to - from && key.hashCode() == hash
            && attr.regionMatches(true, from, key, 0, key.length())) {
          return KINDS[i];
        }
      }
      return Kind.NONE;
    }

    private static int slot(int hash) {
      return (hash ^ (hash >>> 16)) & (SIZE - 1);
    }
  }

  private static Kind word(String w) {
    return WORDS.getOrDefault(w, Kind.NONE);
  }

  /* One lookup per word instead of three; comment words win over furniture over content. */
  private static Map<String, Kind> words() {
    Map<String, Kind> m = new HashMap<>();
    CONTENT_WORDS.forEach(w -> m.put(w, Kind.CONTENT));
    FURNITURE_WORDS.forEach(w -> m.put(w, Kind.FURNITURE));
    COMMENT_WORDS.forEach(w -> m.put(w, Kind.COMMENTS));
    return Map.copyOf(m);
  }

  private static Kind stronger(Kind a, Kind b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
