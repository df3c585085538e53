package dev.kliping.extract;

import org.jsoup.nodes.Document;

/** One page being extracted: its parsed document, URL, rules, JSON-LD, date parser and index. */
record Page(Document doc, String url, OutletRules rules, JsonLd jsonLd, DateParser parser,
    PageIndex index) {

  static Page of(Document doc, String url, OutletRules rules, DateParser parser,
      PageIndex index) {
    return new Page(doc, url, rules, JsonLd.of(index), parser, index);
  }

  /** True when the page is read without an outlet's rules. */
  boolean generic() {
    return rules.equals(OutletRules.NONE);
  }
}
