package dev.kliping.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Month names in Indonesian and English, full and short, to month numbers. */
final class Months {

  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    String[][] names = {
        {"januari", "january", "jan"},
        {"februari", "february", "feb", "pebruari"},
        {"maret", "march", "mar"},
        {"april", "apr"},
        {"mei", "may"},
        {"juni", "june", "jun"},
        {"juli", "july", "jul"},
        {"agustus", "august", "aug", "agu", "agt", "ags"},
        {"september", "sep", "sept"},
        {"oktober", "october", "okt", "oct"},
        {"november", "nov", "nop", "nopember"},
        {"desember", "december", "des", "dec"},
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        NUMBERS.put(n, i + 1);
      }
    }
  }

  private Months() {}

  /** The month's number 1-12, or null when the word is not a month name. */
  static Integer number(String name) {
    return name == null ? null : NUMBERS.get(name.toLowerCase(Locale.ROOT));
  }
}
