package dev.kliping.discover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Generalises a few article URLs of one outlet into {@code article_patterns}: the regular
 * expressions an outlet file lists (whole URL, any scheme). Path segments the samples share stay
 * literal; a segment that differs, or that is an id or a slug on its own, becomes its kind: a
 * number ({@code \d{4}}, {@code \d+}), a slug ({@code [A-Za-z0-9%_-]+}), a section word
 * ({@code [a-z-]+}). Samples of different depths or hosts give one pattern each shape. Pure.
 */
public final class ArticlePattern {
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern WORD = Pattern.compile("[a-z]+(?:-[a-z]+)*");
  private static final String SLUG = "[A-Za-z0-9%_-]+";
  /* A lone section word is a word of a few letters and at most one hyphen; a title is longer. */
  private static final int MAX_SECTION_HYPHENS = 1;

  private ArticlePattern() {}

  /**
   * @param urls canonical article URLs
   * @return patterns, each matching every sample of its shape; in the order shapes first appear
   * @throws IllegalArgumentException naming a URL that is not http(s)
   */
  public static List<String> of(List<String> urls) {
    Map<String, List<HttpUrl>> shapes = new LinkedHashMap<>();
    for (String u : urls) {
      HttpUrl url = HttpUrl.parse(u);
      if (url == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + u);
      }
      shapes.computeIfAbsent(url.host() + " " + segments(url).size(), k -> new ArrayList<>())
          .add(url);
    }
    List<String> patterns = new ArrayList<>();
    for (List<HttpUrl> shape : shapes.values()) {
      String p = pattern(shape);
      if (!patterns.contains(p)) {
        patterns.add(p);
      }
    }
    return patterns;
  }

  private static String pattern(List<HttpUrl> shape) {
    HttpUrl first = shape.get(0);
    // A host is letters, digits, hyphens and dots: only the dots need escaping.
    StringBuilder p = new StringBuilder("https?://").append(first.host().replace(".", "\\."));
    List<String> model = segments(first);
    for (int i = 0; i < model.size(); i++) {
      List<String> values = new ArrayList<>();
      for (HttpUrl url : shape) {
        values.add(segments(url).get(i));
      }
      p.append('/').append(segment(values, i == model.size() - 1));
    }
    boolean slash = shape.stream().anyMatch(u -> u.encodedPath().endsWith("/"))
        && model.size() > 0;
    return p.append(slash ? "/?" : "").toString();
  }

  /* The last segment names the article itself (its slug or id): never kept as a word. */
  private static String segment(List<String> values, boolean last) {
    String v = values.get(0);
    boolean same = values.stream().allMatch(v::equals);
    if (values.stream().allMatch(s -> NUMBER.matcher(s).matches())) {
      boolean sameLength = values.stream().allMatch(s -> s.length() == v.length());
      // Years, months and days keep their width; ids grow.
      return sameLength && v.length() <= 4 ? "\\d{" + v.length() + "}" : "\\d+";
    }
    if (same && isSection(v) && !last) {
      return v;
    }
    if (!last && values.stream().allMatch(ArticlePattern::isSection)) {
      return "[a-z-]+";
    }
    return SLUG + commonSuffix(values);
  }

  /* A slug's ending shared by all, such as ".html": kept literal when it is an extension. */
  private static String commonSuffix(List<String> values) {
    String v = values.get(0);
    int dot = v.lastIndexOf('.');
    if (dot < 0) {
      return "";
    }
    String ext = v.substring(dot);
    boolean shared = values.stream().allMatch(s -> s.endsWith(ext));
    return shared && ext.matches("\\.[A-Za-z0-9]{1,5}") ? "\\" + ext : "";
  }

  private static boolean isSection(String s) {
    return WORD.matcher(s).matches() && s.chars().filter(c -> c == '-').count()
        <= MAX_SECTION_HYPHENS;
  }

  private static List<String> segments(HttpUrl url) {
    List<String> out = new ArrayList<>(url.encodedPathSegments());
    out.removeIf(String::isEmpty);
    return out;
  }
}
