package dev.kliping.extract;

import org.jsoup.nodes.Document;

/** One page being extracted: its parsed document, URL, rules, JSON-LD and date parser. */
record Page(Document doc, String url, OutletRules rules, JsonLd jsonLd, DateParser parser) {

  static Page of(Document doc, String url, OutletRules rules, DateParser parser) {
    return new Page(doc, url, rules, JsonLd.of(doc), parser);
  }

  /** True when the page is read without an outlet's rules. */
  boolean generic() {
    return rules.equals(OutletRules.NONE);
  }
}
