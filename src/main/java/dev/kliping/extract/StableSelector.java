package dev.kliping.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A CSS selector for one element that should survive the next article of the same template: made
 * of the element's id, {@code itemprop} or class words, or those of a near ancestor, never of
 * positions ({@code :nth-child} chains break as soon as a paragraph or an advert is added). Names
 * that look generated (long digit runs, hashes such as {@code css-1x9f3a}) are not used: they
 * change with every build of the site. Pure and thread-safe.
 */
final class StableSelector {

  /* A word a person chose: letters first, few digits, not too long. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
  private static final Pattern DIGITS = Pattern.compile("\\d");
  /* How far up an ancestor may be to anchor a selector for an element with no name of its own. */
  private static final int MAX_ANCESTORS = 3;

  private StableSelector() {}

  /**
   * A selector whose only outermost match in {@code root} is {@code e}, or null when the element
   * and its near ancestors carry no stable name. Only: an outlet's author and body selectors take
   * every element they match, so a selector also matching the next paragraph would take it too.
   */
  static String of(Element root, Element e) {
    for (String own : own(e)) {
      if (firstIs(root, own, e)) {
        return own;
      }
    }
    Element a = e.parent();
    for (int level = 0; a != null && level < MAX_ANCESTORS && a != root; level++, a = a.parent()) {
      for (String anchor : own(a)) {
        if (!firstIs(root, anchor, a)) {
          continue;
        }
        for (String own : ownOrTag(e)) {
          String descendant = anchor + " " + own;
          if (firstIs(root, descendant, e)) {
            return descendant;
          }
        }
      }
    }
    return null;
  }

  /** True for a name a template author wrote, as opposed to one a build tool generated. */
  static boolean stable(String name) {
    if (!NAME.matcher(name).matches()) {
      return false;
    }
    long digits = DIGITS.matcher(name).results().count();
    return digits <= 2 && !name.startsWith("css-") && !name.startsWith("sc-");
  }

  /* Selectors naming e alone, best first: id, itemprop, one class, two classes. */
  private static List<String> own(Element e) {
    List<String> out = new ArrayList<>();
    String tag = e.normalName();
    if (!e.id().isEmpty() && stable(e.id())) {
      out.add(tag + "#" + e.id());
    }
    String itemprop = e.attr("itemprop");
    if (!itemprop.isEmpty() && stable(itemprop)) {
      out.add(tag + "[itemprop=" + itemprop + "]");
    }
    List<String> classes = e.classNames().stream().filter(StableSelector::stable).toList();
    for (String c : classes) {
      out.add(tag + "." + c);
    }
    for (int i = 0; i < classes.size(); i++) {
      for (int j = i + 1; j < classes.size(); j++) {
        out.add(tag + "." + classes.get(i) + "." + classes.get(j));
      }
    }
    if (tag.equals("h1") || tag.equals("article") || tag.equals("time")) {
      out.add(tag);
    }
    return out;
  }

  private static List<String> ownOrTag(Element e) {
    List<String> out = own(e);
    out.add(e.normalName());
    return out;
  }

  private static boolean firstIs(Element root, String selector, Element e) {
    List<Element> found = Selectors.first(root, List.of(selector));
    return found.size() == 1 && found.get(0) == e;
  }
}
