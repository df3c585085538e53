package dev.kliping.version;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Gives each changed sentence its kinds, by exact rules over the words that differ: no model, so
 * the same pair always gets the same answer and every rule can be read here. Thread-safe.
 *
 * <p>A word is a name when it is capitalised and either not the first word of its sentence or
 * seen capitalised mid-sentence elsewhere in the story (so "Polisi menangkap" is wording but
 * "Jokowi mengatakan" is a name once "Jokowi" appears mid-sentence anywhere); all-capital
 * acronyms such as KPK are always names. Number and date words ("dua", "juta", "Senin") count
 * as numbers, not names.
 */
final class ChangeClassifier {
  private final Lexicon lexicon;
  private final Set<String> names;

  /** A classifier for one pair of versions; {@code names} are the story's mid-sentence names. */
  ChangeClassifier(Lexicon lexicon, Set<String> names) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.names = Set.copyOf(names);
  }

  /** The capitalised words seen after the first word of a sentence in these texts. */
  static Set<String> namesIn(List<String> sentences, Lexicon lexicon) {
    Set<String> out = new HashSet<>();
    for (String s : sentences) {
      List<String> words = Words.of(s);
      for (int i = 1; i < words.size(); i++) {
        String bare = Words.bare(words.get(i));
        if (!Words.endsSentence(words.get(i - 1)) && capitalised(bare)
            && !lexicon.numberWords().contains(bare.toLowerCase(Locale.ROOT))
            && !lexicon.notNames().contains(bare.toLowerCase(Locale.ROOT))) {
          out.add(bare);
        }
      }
    }
    return out;
  }

  /**
   * Kinds of a sentence that was edited in place (or moved and edited). In a headline, where
   * every word may be capitalised, only acronyms and names the story uses mid-sentence count.
   */
  Set<ChangeKind> edited(String before, String after, List<WordChange> runs, boolean headline) {
    List<String> oldWords = Words.of(before);
    List<String> newWords = Words.of(after);
    BitSet oldQuoted = quoted(oldWords);
    BitSet newQuoted = quoted(newWords);
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    for (WordChange run : runs) {
      kinds.addAll(run(run, oldQuoted, newQuoted, headline));
    }
    if (lexicon.isNotice(after) && !lexicon.isNotice(before)) {
      kinds.add(ChangeKind.CORRECTION);
    }
    if (kinds.isEmpty()) {
      kinds.add(ChangeKind.COSMETIC);
    }
    return kinds;
  }

  /** Kinds of a sentence added or removed whole: {@code how} plus what it carries. */
  Set<ChangeKind> whole(String sentence, ChangeKind how) {
    List<String> words = Words.of(sentence);
    Set<ChangeKind> kinds = EnumSet.of(how);
    if (!Words.numbers(words, lexicon).isEmpty()) {
      kinds.add(ChangeKind.NUMBER);
    }
    // The label of a notice ("Catatan Redaksi:") is not a name.
    int lead = Math.min(lexicon.noticeLead(sentence), words.size());
    if (names(words, 0, false, false).size() > names(words.subList(0, lead), 0, false, false)
        .size()) {
      kinds.add(ChangeKind.NAME);
    }
    if (!quoted(words).isEmpty()) {
      kinds.add(ChangeKind.QUOTE);
    }
    if (how == ChangeKind.ADDED && lexicon.isNotice(sentence)) {
      kinds.add(ChangeKind.CORRECTION);
    }
    return kinds;
  }

  /** Kinds of one run of changed words inside a sentence. */
  private Set<ChangeKind> run(WordChange run, BitSet oldQuoted, BitSet newQuoted,
      boolean headline) {
    List<String> removed = run.oldWords();
    List<String> added = run.newWords();
    List<String> oldNumbers = Words.numbers(removed, lexicon);
    List<String> newNumbers = Words.numbers(added, lexicon);
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    if (Words.letters(removed).equals(Words.letters(added)) && oldNumbers.equals(newNumbers)) {
      kinds.add(ChangeKind.COSMETIC);
      return kinds;
    }
    if (!oldNumbers.equals(newNumbers)) {
      kinds.add(ChangeKind.NUMBER);
    }
    List<String> oldNames = names(removed, run.position(), headline, false);
    List<String> newNames = names(added, run.newPosition(), headline, false);
    // A capitalised word in the place of a name is a name too ("Jokowi meminta" to "Prabowo
    // meminta" at the start of a sentence).
    if (oldNames.isEmpty() != newNames.isEmpty()) {
      oldNames = names(removed, run.position(), headline, !newNames.isEmpty());
      newNames = names(added, run.newPosition(), headline, !oldNames.isEmpty());
    }
    if (!sorted(oldNames).equals(sorted(newNames))) {
      kinds.add(nameTypos(oldNames, newNames) ? ChangeKind.COSMETIC : ChangeKind.NAME);
    }
    List<String> oldRest = rest(removed, oldNames);
    List<String> newRest = rest(added, newNames);
    if (!Words.letters(oldRest).equals(Words.letters(newRest))) {
      kinds.add(typos(oldRest, newRest) ? ChangeKind.COSMETIC : ChangeKind.REWORDED);
    }
    boolean substantive = kinds.stream().anyMatch(k -> k != ChangeKind.COSMETIC);
    if (substantive && (touches(oldQuoted, run.position(), removed.size())
        || touches(newQuoted, run.newPosition(), added.size()))) {
      kinds.add(ChangeKind.QUOTE);
    }
    if (kinds.isEmpty()) {
      // Names and numbers swapped places without changing: still wording.
      kinds.add(ChangeKind.REWORDED);
    }
    return kinds;
  }

  /**
   * The names among the words; {@code first} is the index of words.get(0) in its sentence.
   * {@code headline}: only acronyms and known names count. {@code lenient}: any capitalised word
   * that is not a number or a common word counts.
   */
  private List<String> names(List<String> words, int first, boolean headline, boolean lenient) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String bare = Words.bare(words.get(i));
      String lower = bare.toLowerCase(Locale.ROOT);
      if (!capitalised(bare) || lexicon.numberWords().contains(lower) || Words.hasDigit(bare)) {
        continue;
      }
      boolean opening = first + i == 0 || (i > 0 && Words.endsSentence(words.get(i - 1)));
      boolean acronym = bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT));
      boolean common = lexicon.notNames().contains(lower);
      if (acronym || names.contains(bare)
          || (!common && (lenient || (!opening && !headline)))) {
        out.add(bare);
      }
    }
    return out;
  }

  /** The words that are neither numbers nor among the names. */
  private List<String> rest(List<String> words, List<String> namesThere) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!Words.isNumber(w, lexicon) && !namesThere.contains(Words.bare(w))) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * True when two lists of names are the same names with spelling fixed: pair by pair one edit
   * apart, each name five letters or more ("Jakrta" to "Jakarta", but not "Budi" to "Budu").
   */
  private static boolean nameTypos(List<String> before, List<String> after) {
    if (before.size() != after.size() || before.isEmpty()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      String a = before.get(i).toLowerCase(Locale.ROOT);
      String b = after.get(i).toLowerCase(Locale.ROOT);
      if (Math.min(a.length(), b.length()) < 5 || Words.distance(a, b) > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the words are typo fixes of each other, pair by pair: no digits, and each within
   * one edit (two for words of six letters or more) once case and punctuation are set aside.
   */
  private static boolean typos(List<String> before, List<String> after) {
    if (before.size() != after.size() || before.isEmpty()) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      String a = Words.letters(List.of(before.get(i)));
      String b = Words.letters(List.of(after.get(i)));
      if (Words.hasDigit(a) || Words.hasDigit(b) || a.isEmpty() || b.isEmpty()) {
        return false;
      }
      int allowed = Math.min(a.length(), b.length()) >= 6 ? 2 : 1;
      if (Words.distance(a, b) > allowed) {
        return false;
      }
    }
    return true;
  }

  /** The indexes of the words inside quotation marks (curly or straight). */
  static BitSet quoted(List<String> words) {
    BitSet in = new BitSet(words.size());
    boolean open = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lead = trim(w, "([", true);
      String core = trim(w, ".,;:!?)]", false);
      if (!open && (lead.startsWith("“") || lead.startsWith("\"")
          || lead.startsWith("‘"))) {
        open = true;
        core = core.length() > 1 ? core : "";
      }
      if (open) {
        in.set(i);
        if (core.endsWith("”") || core.endsWith("\"") || core.endsWith("’")) {
          open = false;
        }
      }
    }
    return in;
  }

  /** The word without the given characters at its start (or end). */
  private static String trim(String w, String chars, boolean start) {
    int from = 0;
    int to = w.length();
    while (start && from < to && chars.indexOf(w.charAt(from)) >= 0) {
      from++;
    }
    while (!start && to > from && chars.indexOf(w.charAt(to - 1)) >= 0) {
      to--;
    }
    return w.substring(from, to);
  }

  private static boolean touches(BitSet quoted, int from, int count) {
    // An insert touches the quote it lands in: the words on both sides are inside.
    if (count == 0) {
      return from > 0 && quoted.get(from - 1) && quoted.get(from);
    }
    int next = quoted.nextSetBit(from);
    return next >= 0 && next < from + count;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static List<String> sorted(List<String> words) {
    List<String> out = new ArrayList<>(words);
    out.sort(null);
    return out;
  }
}
