package dev.kliping.extract;

/**
 * Turns one page's bytes into an {@link Article}. Pure: no I/O, no shared mutable state, safe to
 * call from several threads. Never throws on bad input: a page with no article yields
 * {@link Article#notFound}.
 */
public interface Extractor {

  /**
   * @param html the raw response body, any charset
   * @param charset the charset the server declared, or null when it declared none
   * @param url the page's URL, used to resolve links and as a date hint
   * @param rules the outlet's rules, or {@link OutletRules#NONE} for the generic path only
   * @param forceGeneric ignore the rules and use the generic extractor
   */
  default Article extract(byte[] html, String charset, String url, OutletRules rules,
      boolean forceGeneric) {
    return extract(html, charset, url, rules, LearnedBoilerplate.NONE, forceGeneric);
  }

  /**
   * As above, also dropping the outlet's {@code learned} boilerplate lines, except those its
   * rules say to keep.
   */
  Article extract(byte[] html, String charset, String url, OutletRules rules,
      LearnedBoilerplate learned, boolean forceGeneric);
}
