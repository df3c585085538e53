package dev.kliping.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Applies an outlet's selector lists: each selector is tried in order and the first that matches
 * wins. A selector that does not parse matches nothing rather than failing the page: the config
 * loader reports it, the extractor keeps going.
 */
final class Selectors {

  private Selectors() {}

  /** Elements matched by the first selector that matches anything; outermost ones only. */
  static List<Element> first(Element root, List<String> selectors) {
    for (String s : selectors) {
      Elements found = select(root, s);
      if (!found.isEmpty()) {
        return outermost(found);
      }
    }
    return List.of();
  }

  /** The text (or for meta and time tags, the value) of the first match, or null. */
  static String firstText(Element root, List<String> selectors) {
    for (Element e : first(root, selectors)) {
      String t = Text.orNull(value(e));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** A tag's machine-readable value when it has one, else its visible text. */
  static String value(Element e) {
    for (String attr : new String[] {"content", "datetime"}) {
      if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
        return e.attr(attr);
      }
    }
    return e.text();
  }

  static Elements select(Element root, String selector) {
    try {
      return root.select(selector);
    } catch (Selector.SelectorParseException e) {
      return new Elements();
    }
  }

  private static List<Element> outermost(Elements found) {
    List<Element> out = new ArrayList<>();
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : found) {
      boolean nested = false;
      for (Element p = e.parent(); p != null && !nested; p = p.parent()) {
        nested = kept.contains(p);
      }
      if (!nested) {
        out.add(e);
        kept.add(e);
      }
    }
    return out;
  }
}
