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

  boolean isHeading() {
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
  }
}
