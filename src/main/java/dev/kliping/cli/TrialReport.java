package dev.kliping.cli;

import dev.kliping.extract.Article;
import dev.kliping.extract.BoilerplateSuspects;
import dev.kliping.extract.FieldTrial;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a {@link PageTrial}: a table of fields for people, or one JSON object. */
final class TrialReport {
  /* A field's value is cut here in text: enough to recognise it, not to read it. */
  private static final int SHOWN = 90;

  private TrialReport() {}

  static void text(PageTrial t, PrintWriter out) {
    SamplePage p = t.page();
    out.printf("%s%n  %s, HTTP %d, %d bytes; outlet %s%n", p.finalUrl(), p.source(), p.status(),
        p.body().length, t.outletId() == null ? "none (generic extractor only)" : t.outletId());
    out.printf("%nfield          rules (selector: value)%n               generic%n");
    for (FieldTrial f : t.rules()) {
      String rules = !f.listed() ? "(no selectors)"
          : f.selector() == null ? "NOT FOUND by any selector" : f.selector() + ": "
              + shown(f.field().equals("body") ? words(f.value()) + " words: " + f.value()
                  : f.value());
      out.printf("%-14s %s%n%-14s %s%n", f.field(), rules, "", shown(generic(t.generic(),
          f.field())));
    }
    Article s = t.stored();
    out.printf("%nstored (what a crawl keeps): %s%n", !s.found() ? s.problem()
        : "body from " + s.extractor() + " extractor, " + s.body().size() + " paragraphs, "
            + words(s.text()) + " words; fields from " + s.sources());
    out.printf("%nboilerplate suspects left in the body: %s%n",
        t.suspects().isEmpty() ? "none" : t.suspects().size());
    for (BoilerplateSuspects.Suspect suspect : t.suspects()) {
      out.printf("  - %s%n    %s%n", shown(suspect.text()), suspect.reason());
    }
    String block = RulesYaml.block(t.suggested(), 2);
    out.printf("%nsuggested (from where the generic extractor found each field):%n%s",
        block.isEmpty() ? "  no stable selectors found\n" : block);
    out.flush();
  }

  static Map<String, Object> json(PageTrial t) {
    Map<String, Object> m = new LinkedHashMap<>();
    SamplePage p = t.page();
    m.put("url", p.url());
    m.put("final_url", p.finalUrl());
    m.put("source", p.source());
    m.put("status", p.status());
    m.put("bytes", p.body().length);
    m.put("outlet", t.outletId());
    Map<String, Object> fields = new LinkedHashMap<>();
    for (FieldTrial f : t.rules()) {
      Map<String, Object> field = new LinkedHashMap<>();
      Map<String, Object> rules = new LinkedHashMap<>();
      rules.put("listed", f.listed());
      rules.put("selector", f.selector());
      rules.put("value", f.value());
      field.put("rules", rules);
      field.put("generic", generic(t.generic(), f.field()));
      fields.put(f.field(), field);
    }
    m.put("fields", fields);
    Article s = t.stored();
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("found", s.found());
    stored.put("extractor", s.extractor());
    stored.put("paragraphs", s.body().size());
    stored.put("words", words(s.text()));
    stored.put("sources", s.sources());
    stored.put("problem", s.problem());
    m.put("stored", stored);
    m.put("suspects", t.suspects());
    m.put("suggested_rules", RulesYaml.fields(t.suggested()));
    return m;
  }

  /** What the generic extractor read for a field, as text; null when it found nothing. */
  static String generic(Article a, String field) {
    return switch (field) {
      case "title" -> a.title();
      case "body" -> a.body().isEmpty() ? null : words(a.text()) + " words: " + a.text();
      case "published" -> iso(a.published());
      case "modified" -> iso(a.modified());
      case "authors" -> a.authors().isEmpty() ? null : String.join("; ", a.authors());
      case "editors" -> a.editors().isEmpty() ? null : String.join("; ", a.editors());
      case "section" -> a.section();
      case "source_credit" -> a.sourceCredit();
      default -> null;
    };
  }

  private static String iso(OffsetDateTime t) {
    return t == null ? null : t.toString();
  }

  static int words(String text) {
    String s = text == null ? "" : text.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  private static String shown(String s) {
    if (s == null) {
      return "(nothing)";
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= SHOWN ? one : one.substring(0, SHOWN - 1) + "…";
  }
}
