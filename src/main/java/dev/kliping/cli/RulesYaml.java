package dev.kliping.cli;

import dev.kliping.extract.SuggestedRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code rules:} block as an outlet file holds it, for suggested selectors. */
final class RulesYaml {
  private RulesYaml() {}

  /** The fields with selectors, in the order an outlet file lists them. */
  static Map<String, List<String>> fields(SuggestedRules rules) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    put(m, "title", rules.title());
    put(m, "body", rules.body());
    put(m, "published", rules.published());
    put(m, "authors", rules.authors());
    return m;
  }

  /** {@code rules:} and its fields, indented by {@code indent} spaces; "" when none. */
  static String block(SuggestedRules rules, int indent) {
    Map<String, List<String>> fields = fields(rules);
    if (fields.isEmpty()) {
      return "";
    }
    String pad = " ".repeat(indent);
    StringBuilder out = new StringBuilder(pad).append("rules:\n");
    fields.forEach((field, selectors) -> {
      out.append(pad).append("  ").append(field).append(":\n");
      selectors.forEach(s -> out.append(pad).append("    - ").append(quoted(s)).append('\n'));
    });
    return out.toString();
  }

  /** A YAML single-quoted scalar: no character in a selector needs more than ' doubled. */
  static String quoted(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static void put(Map<String, List<String>> m, String field, List<String> selectors) {
    if (!selectors.isEmpty()) {
      m.put(field, selectors);
    }
  }
}
