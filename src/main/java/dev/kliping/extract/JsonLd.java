package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The few schema.org fields kliping reads from a page's JSON-LD blocks, found by pattern rather
 * than parsed: extract may depend on jsoup alone, and broken JSON-LD is common enough that a
 * lenient reader finds more. Holds the blocks' text; immutable.
 */
final class JsonLd {

  private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
  private static final Pattern AUTHOR =
      Pattern.compile("\"author\"\\s*:\\s*(\\[[^\\]]*\\]|\\{[^}]*\\}|" + STRING + ")");
  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*" + STRING);

  private final String json;

  private JsonLd(String json) {
    this.json = json;
  }

  static JsonLd of(PageIndex index) {
    // A script's one data node is appended as it is: Element.data() would copy it first.
    StringBuilder all = new StringBuilder();
    for (Element s : index.jsonLdScripts()) {
      if (s.childNodeSize() == 1 && s.childNode(0) instanceof DataNode d) {
        all.append(d.getWholeData());
      } else {
        all.append(s.data());
      }
      all.append('\n');
    }
    return new JsonLd(all.toString());
  }

  /** The first string value of {@code key}, unescaped, or null. */
  String first(String key) {
    // Scanned by hand: a regular expression with an alternation inside a repetition recurses
    // once per character in java.util.regex and overflows the stack on a long articleBody, and
    // indexOf finds the key faster than a matcher does.
    String quoted = "\"" + key + "\"";
    for (int at = json.indexOf(quoted); at >= 0; at = json.indexOf(quoted, at + 1)) {
      int start = stringValue(at + quoted.length());
      if (start < 0) {
        continue;
      }
      int end = start;
      while (end < json.length() && json.charAt(end) != '"') {
        end += json.charAt(end) == '\\' ? 2 : 1;
      }
      return unescape(json.substring(start, Math.min(end, json.length())));
    }
    return null;
  }

  /* Where the string value after a key ending at {@code i} starts, or -1 when it is no string. */
  private int stringValue(int i) {
    i = skipBlanks(i);
    if (i >= json.length() || json.charAt(i) != ':') {
      return -1;
    }
    i = skipBlanks(i + 1);
    return i < json.length() && json.charAt(i) == '"' ? i + 1 : -1;
  }

  /* The regular expressions' \\s: space, tab, newline, vertical tab, form feed, return. */
  private int skipBlanks(int i) {
    while (i < json.length() && " \t\n\u000B\f\r".indexOf(json.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** Author names from the first {@code author} field (a string, an object or a list). */
  List<String> authors() {
    List<String> names = new ArrayList<>();
    Matcher m = AUTHOR.matcher(json);
    if (!find(m, "\"author\"")) {
      return names;
    }
    if (m.group(2) != null) {
      names.add(unescape(m.group(2)));
      return names;
    }
    Matcher n = NAME.matcher(m.group(1));
    while (n.find()) {
      names.add(unescape(n.group(1)));
    }
    return names;
  }

  /* Like {@code m.find()} for a pattern starting with {@code literal}, but indexOf skips ahead. */
  private boolean find(Matcher m, String literal) {
    for (int at = json.indexOf(literal); at >= 0; at = json.indexOf(literal, at + 1)) {
      m.region(at, json.length());
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'u' -> {
          if (i + 4 < s.length()) {
            try {
              b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
              i += 4;
            } catch (NumberFormatException e) {
              b.append(n);
            }
          }
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }
}
