package dev.kliping.extract;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries: a paragraph, heading, list item or a fragment split
 * off by {@code <br><br>}. {@code tag} is the innermost block element it started in.
 */
record Block(String text, String tag, int linkChars, Element owner) {

  /** Share of the text's characters that sit inside links, 0 to 1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /*
   * True for a cell of a data table (one with header cells): a linked cell there names an entry,
   * as a film's title in a list of films does; it is content, not navigation.
   */
  boolean inDataTable() {
    String t = owner.normalName();
    if (!t.equals("td") && !t.equals("th")) {
      return false;
    }
    for (Element p = owner.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("table")) {
        return p.selectFirst("th") != null;
      }
    }
    return false;
  }

  boolean isHeading() {
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
  }
}
