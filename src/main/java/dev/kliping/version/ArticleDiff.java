package dev.kliping.version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two normalised articles: fields one by one, title and body sentence by sentence (each
 * changed sentence classified), and title and body word by word. Pure and thread-safe.
 */
public final class ArticleDiff {
  private static final ArticleDiff INDONESIAN = new ArticleDiff(Lexicon.INDONESIAN);

  private final Lexicon lexicon;
  private final Sentences splitter;

  public ArticleDiff(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.splitter = new Sentences(lexicon);
  }

  /** What changed from {@code before} to {@code after}, with the built-in lexicon. */
  public static Changes between(NormalizedArticle before, NormalizedArticle after) {
    return INDONESIAN.compare(before, after);
  }

  /** True when the article carries a notice of correction or update, with the built-in lexicon. */
  public static boolean carriesNotice(NormalizedArticle article) {
    return INDONESIAN.hasNotice(article);
  }

  /** True when a sentence of the title or body is a notice of correction or update. */
  public boolean hasNotice(NormalizedArticle article) {
    if (article.title() != null && lexicon.isNotice(article.title())) {
      return true;
    }
    for (String p : article.paragraphs()) {
      for (String s : splitter.split(p)) {
        if (lexicon.isNotice(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** What changed from {@code before} to {@code after}; empty when they are the same. */
  public Changes compare(NormalizedArticle before, NormalizedArticle after) {
    List<SentenceAlignment.Sentence> oldBody =
        SentenceAlignment.sentences(before.paragraphs(), splitter);
    List<SentenceAlignment.Sentence> newBody =
        SentenceAlignment.sentences(after.paragraphs(), splitter);
    Set<String> names = new HashSet<>();
    names.addAll(ChangeClassifier.namesIn(texts(oldBody), lexicon));
    names.addAll(ChangeClassifier.namesIn(texts(newBody), lexicon));
    ChangeClassifier classifier = new ChangeClassifier(lexicon, names);

    List<FieldChange> fields = new FieldChanges(lexicon).between(before, after);
    List<SentenceChange> sentences = new ArrayList<>();
    title(classifier, before.title(), after.title(), sentences);
    for (SentenceAlignment.Pair p : SentenceAlignment.align(oldBody, newBody, lexicon)) {
      sentences.add(body(classifier, p, oldBody, newBody));
    }
    List<WordChange> title = WordDiff.between("title",
        WordChange.words(before.title()), WordChange.words(after.title()));
    List<WordChange> body = WordDiff.between("body",
        WordChange.words(before.paragraphs()), WordChange.words(after.paragraphs()));
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    boolean substantive = false;
    for (FieldChange f : fields) {
      kinds.addAll(f.kinds());
      substantive |= Significance.ofChange(f.kinds()) == Significance.SUBSTANTIVE;
    }
    for (SentenceChange s : sentences) {
      kinds.addAll(s.kinds());
      substantive |= s.isChange() && s.significance() == Significance.SUBSTANTIVE;
    }
    if (kinds.isEmpty() && !(title.isEmpty() && body.isEmpty())) {
      kinds.add(ChangeKind.COSMETIC); // paragraphs split or joined, every sentence the same
    }
    return new Changes(summary(fields, title, body),
        substantive ? Significance.SUBSTANTIVE : Significance.COSMETIC, List.copyOf(kinds),
        fields, sentences, title, body);
  }

  private static void title(ChangeClassifier classifier, String before, String after,
      List<SentenceChange> out) {
    if (Objects.equals(before, after)) {
      if (before != null) {
        out.add(new SentenceChange("title", SentenceChange.Op.UNCHANGED, before, after, 0, 0,
            List.of(), List.of()));
      }
      return;
    }
    Set<ChangeKind> kinds = EnumSet.of(ChangeKind.HEADLINE);
    List<WordChange> words = WordDiff.between("title", Words.of(before), Words.of(after));
    SentenceChange.Op op;
    if (before == null || after == null) {
      op = before == null ? SentenceChange.Op.ADDED : SentenceChange.Op.REMOVED;
      kinds.addAll(classifier.whole(before == null ? after : before,
          before == null ? ChangeKind.ADDED : ChangeKind.REMOVED));
    } else {
      op = SentenceChange.Op.EDITED;
      kinds.addAll(classifier.edited(before, after, words, true));
    }
    out.add(new SentenceChange("title", op, before, after, before == null ? -1 : 0,
        after == null ? -1 : 0, List.copyOf(kinds), words));
  }

  private static SentenceChange body(ChangeClassifier classifier, SentenceAlignment.Pair p,
      List<SentenceAlignment.Sentence> before, List<SentenceAlignment.Sentence> after) {
    String oldText = join(before, p.oldFrom(), p.oldTo());
    String newText = join(after, p.newFrom(), p.newTo());
    int oldParagraph = p.oldFrom() < 0 ? -1 : before.get(p.oldFrom()).paragraph();
    int newParagraph = p.newFrom() < 0 ? -1 : after.get(p.newFrom()).paragraph();
    List<WordChange> words = List.of();
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    switch (p.op()) {
      case ADDED -> kinds.addAll(classifier.whole(newText, ChangeKind.ADDED));
      case REMOVED -> kinds.addAll(classifier.whole(oldText, ChangeKind.REMOVED));
      case EDITED, MOVED -> {
        if (p.op() == SentenceChange.Op.MOVED) {
          kinds.add(ChangeKind.MOVED);
        }
        if (!oldText.equals(newText)) {
          words = WordDiff.between("body", Words.of(oldText), Words.of(newText));
          kinds.addAll(classifier.edited(oldText, newText, words, false));
        }
      }
      default -> { }
    }
    return new SentenceChange("body", p.op(), oldText, newText, oldParagraph, newParagraph,
        List.copyOf(kinds), words);
  }

  /** Sentences [from, to) joined by spaces; null for an empty side. */
  private static String join(List<SentenceAlignment.Sentence> sentences, int from, int to) {
    if (from < 0) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(sentences.get(i).text());
    }
    return b.toString();
  }

  private static List<String> texts(List<SentenceAlignment.Sentence> sentences) {
    return sentences.stream().map(SentenceAlignment.Sentence::text).toList();
  }

  private static String summary(List<FieldChange> fields, List<WordChange> title,
      List<WordChange> body) {
    List<String> parts = new ArrayList<>();
    if (!title.isEmpty()) {
      parts.add("title: " + WordDiff.summary(title));
    }
    for (FieldChange f : fields) {
      parts.add(f.field() + " changed");
    }
    if (!body.isEmpty()) {
      parts.add("body: " + WordDiff.summary(body));
    }
    return parts.isEmpty() ? "no change" : String.join("; ", parts);
  }

  /** Formats a time for a field change; null stays null. */
  static String iso(OffsetDateTime t) {
    return t == null ? null : t.toString();
  }
}
