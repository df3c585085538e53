package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text before the generic extractor scores a page: scripts and
 * other non-text elements, hidden elements, navigation, and blocks whose class or id names them
 * as page furniture (comments, sharing, related links, ads...).
 */
final class Pruner {

  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");
  /* Class and id words that mark page furniture, matched as whole words of the attribute. */
  private static final Pattern UNLIKELY = Pattern.compile("(?:^|[\\s_-])(?:comments?|disqus|"
      + "footer|foot|menu|navbar|nav|navigation|sidebar|side-bar|related|recommended|share|"
      + "sharing|social|newsletter|subscribe|subscription|cookie|consent|popup|modal|breadcrumbs?|"
      + "pagination|pager|promo|sponsor|sponsored|advert|advertisement|ads?|ad-slot|banner|"
      + "outbrain|taboola|widget|tags|tag-list|author-bio|masthead|skip|print-only|hidden|"
      + "signup|paywall|toolbar|byline|dateline|meta|caption|credit)(?:$|[\\s_-])");
  private static final Pattern LIKELY = Pattern.compile(
      "(?i)article|body|content|entry|main|post|story|text|blog");

  private Pruner() {}

  /** Removes furniture under {@code root} in place. */
  static void prune(Element root) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && depth > 0 && furniture(e)) {
          doomed.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
    for (Node n : doomed) {
      n.remove();
    }
  }

  private static boolean furniture(Element e) {
    String tag = e.normalName();
    if (BlockReader.SKIPPED.contains(tag) && !tag.equals("figure")) {
      return true;
    }
    if (FURNITURE_TAGS.contains(tag) || BlockReader.hidden(e)) {
      return true;
    }
    if (tag.equals("body") || tag.equals("article") || tag.equals("main")) {
      return false;
    }
    String hints = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (hints.isBlank() || !UNLIKELY.matcher(hints).find()) {
      return false;
    }
    return !LIKELY.matcher(hints).find() || e.hasAttr("itemprop");
  }
}
