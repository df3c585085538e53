package dev.kliping.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the text of a container as {@link Block}s in document order: a new block starts at every
 * block-level element and at {@code <br><br>} (sites such as Medcom put a whole article in one
 * {@code <p>} separated that way). Scripts, forms, figures and hidden elements contribute nothing.
 * Iterative, so arbitrarily deep markup cannot overflow the stack.
 */
final class BlockReader {

  static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr",
      "td", "th", "caption", "section", "article", "header", "footer", "aside", "main", "nav",
      "form", "address", "center", "details", "summary", "hr", "fieldset", "figure", "hgroup");
  static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe",
      "svg", "button", "select", "input", "textarea", "option", "figcaption", "figure", "object",
      "embed", "video", "audio", "canvas", "map", "head", "title", "meta", "link", "label");

  private BlockReader() {}

  /** The blocks of every container, in order; containers nested in another are read once. */
  static List<Block> read(List<Element> containers) {
    List<Block> blocks = new ArrayList<>();
    for (Element c : containers) {
      NodeTraversor.filter(new Collector(blocks, c), c);
    }
    return blocks;
  }

  /** True for elements that are invisible to a reader. */
  static boolean hidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    // The parser lower-cases attribute names, so exact keys do.
    Attributes a = e.attributes();
    if (a.hasKey("hidden")) {
      return true;
    }
    String style = a.get("style");
    if (style.isEmpty() || !mentions(style, "none") && !mentions(style, "hidden")) {
      return false;
    }
    style = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /* Case-insensitive contains for a lower-case ASCII word, without copying the text. */
  private static boolean mentions(String s, String word) {
    for (int i = 0; i + word.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /*
   * An anchor that leads somewhere. A "javascript:" anchor is a script's click target wrapped
   * around ordinary text, not a link away from the article (Readability unwraps them too).
   */
  static boolean isLink(Element e) {
    return e.normalName().equals("a")
        && !e.attr("href").stripLeading().regionMatches(true, 0, "javascript:", 0, 11);
  }

  /** Splits what it is shown into blocks, appended to a list; the first node shown is the root. */
  static final class Collector implements NodeFilter {
    private final List<Block> out;
    private final Deque<Element> tags = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkDepth;
    private int linkChars;
    private int breaks;
    private Element owner;
    /* Spaces met since the last text, and the first of them. */
    private int pendingSpaces;
    private char firstSpace;

    Collector(List<Block> out, Element root) {
      this.out = out;
      tags.push(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (SKIPPED.contains(tag) || hidden(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        breaks++;
        if (breaks >= 2) {
          flush();
        } else {
          space(' ');
        }
      } else if (BLOCK_TAGS.contains(tag)) {
        flush();
        tags.push(e);
      } else if (isLink(e)) {
        linkDepth++;
      } else if (tag.equals("img")) {
        space(' ');
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCK_TAGS.contains(tag) && depth > 0) {
          flush();
          tags.pop();
        } else if (isLink(e)) {
          linkDepth--;
        }
        if (depth == 0) {
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void appendText(String s) {
      if (Text.isBlank(s)) {
        space(' ');
        return;
      }
      breaks = 0;
      if (owner == null) {
        owner = tags.peek();
      }
      appendClean(s);
      if (linkDepth > 0) {
        linkChars += Text.cleanLength(s);
      }
    }

    /*
     * Appends as Text.clean would read the block's whole text: each run of spaces becomes one
     * space (a lone no-break space stays), none at the start; one at the end waits for more
     * text. Cleaning as the text comes saves copying and scanning every block twice.
     */
    private void appendClean(String s) {
      int n = s.length();
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (Text.space(c)) {
          space(c);
          i++;
          continue;
        }
        if (pendingSpaces > 0) {
          if (text.length() > 0) {
            text.append(pendingSpaces == 1 && firstSpace == '\u00A0' ? '\u00A0' : ' ');
          }
          pendingSpaces = 0;
        }
        int start = i;
        while (i < n && !Text.space(s.charAt(i))) {
          i++;
        }
        text.append(s, start, i);
      }
    }

    private void space(char c) {
      if (pendingSpaces++ == 0) {
        firstSpace = c;
      }
    }

    private void flush() {
      breaks = 0;
      pendingSpaces = 0;
      String t = text.toString();
      if (!t.isEmpty()) {
        Element o = owner == null ? tags.peek() : owner;
        out.add(new Block(t, o.normalName(), linkChars, o));
      }
      text.setLength(0);
      linkChars = 0;
      owner = null;
    }
  }
}
