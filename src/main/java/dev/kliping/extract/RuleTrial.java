package dev.kliping.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tries an outlet's selectors on a page field by field, as the extractor applies them (first
 * matching selector wins; the body is selected after the {@code remove:} selectors), and says
 * which selector gave each value. Pure and thread-safe.
 */
public final class RuleTrial {

  private RuleTrial() {}

  /** One finding per field, in the order of {@code rules:} in an outlet file. */
  public static List<FieldTrial> of(byte[] html, String charset, String url, OutletRules rules) {
    Document doc = PageDecoder.parse(html, charset, url == null ? "" : url);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("title", rules.title());
    fields.put("published", rules.published());
    fields.put("modified", rules.modified());
    fields.put("authors", rules.authors());
    fields.put("editors", rules.editors());
    fields.put("section", rules.section());
    fields.put("source_credit", rules.sourceCredit());
    List<FieldTrial> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> f : fields.entrySet()) {
      out.add(first(doc, f.getKey(), f.getValue()));
    }
    for (String remove : rules.remove()) {
      Selectors.select(doc, remove).remove();
    }
    out.add(1, body(doc, rules.body()));
    return out;
  }

  private static FieldTrial first(Document doc, String field, List<String> selectors) {
    for (String s : selectors) {
      for (Element e : Selectors.first(doc, List.of(s))) {
        String v = Text.orNull(Selectors.value(e));
        if (v != null) {
          return new FieldTrial(field, true, s, Text.clean(v));
        }
      }
    }
    return new FieldTrial(field, !selectors.isEmpty(), null, null);
  }

  /* The body's raw text as selected, before cleaning: the words the rules hand to the cleaner. */
  private static FieldTrial body(Document doc, List<String> selectors) {
    for (String s : selectors) {
      List<Element> found = Selectors.first(doc, List.of(s));
      StringBuilder text = new StringBuilder();
      found.forEach(e -> text.append(e.text()).append(' '));
      String v = Text.orNull(text.toString());
      if (v != null) {
        return new FieldTrial("body", true, s, Text.clean(v));
      }
    }
    return new FieldTrial("body", !selectors.isEmpty(), null, null);
  }
}
