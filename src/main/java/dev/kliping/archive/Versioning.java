package dev.kliping.archive;

import dev.kliping.extract.Article;
import dev.kliping.version.ArticleDiff;
import dev.kliping.version.Cause;
import dev.kliping.version.Changes;
import dev.kliping.version.NormalizedArticle;
import dev.kliping.version.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an extracted article is a new version of its page and, when it is, stores it
 * with its diff against the previous version in one transaction. Thread-safe.
 */
final class Versioning {
  private final Database db;
  // Serialises numbering within this process; unique(page_id, number) guards across processes.
  private final Object numbering = new Object();

  Versioning(Database db) {
    this.db = db;
  }

  /** Stores a publisher's article of unknown provenance (a rebuild from WARC files). */
  VersionOutcome store(long pageId, Capture capture, Article article) {
    return store(pageId, capture, article, Provenance.UNKNOWN, Cause.EDIT);
  }

  /**
   * Stores the article as the page's next version unless it equals the latest one.
   *
   * @param cause {@link Cause#EDIT} when a changed text is the publisher's, or
   *     {@link Cause#REEXTRACTION} when the caller knows it is ours; ignored for a first version
   */
  VersionOutcome store(long pageId, Capture capture, Article article, Provenance provenance,
      Cause cause) {
    return store(pageId, capture, article, provenance, cause, null);
  }

  /**
   * As {@link #store(long, Capture, Article, Provenance, Cause)}, given the page's latest version
   * as the caller read it (empty: none), so that it is not read and decoded again. It is used only
   * if it is still the latest (its number is still the highest), else the latest is read.
   *
   * @param known the latest version the caller read, or null when it read none
   */
  VersionOutcome store(long pageId, Capture capture, Article article, Provenance provenance,
      Cause cause, Optional<Version> known) {
    Objects.requireNonNull(capture, "capture");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(cause, "cause");
    NormalizedArticle next = NormalizedArticle.of(article);
    if (next.paragraphs().isEmpty()) {
      String why = article.problem() == null ? "no body" : article.problem();
      return new VersionOutcome(VersionOutcome.Status.NO_ARTICLE, 0, 0, "no article: " + why);
    }
    String hash = next.contentHash();
    boolean notice = ArticleDiff.carriesNotice(next);
    synchronized (numbering) {
      return db.inTransaction(c -> {
        Optional<Version> latest = known != null
            && Versions.latestNumber(c, pageId) == known.map(Version::number).orElse(0)
            ? known : Versions.latest(c, pageId);
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
          Version same = latest.get();
          return new VersionOutcome(VersionOutcome.Status.UNCHANGED, same.number(), same.id(),
              "unchanged");
        }
        int number = latest.map(v -> v.number() + 1).orElse(1);
        if (latest.isEmpty()) {
          long id = Versions.insert(c, pageId, number, capture, next, hash,
              new Versions.Made(provenance, Cause.FIRST, null, List.of(), notice));
          return new VersionOutcome(VersionOutcome.Status.NEW, number, id, "first version");
        }
        Changes changes = ArticleDiff.between(latest.get().article(), next);
        boolean edit = cause != Cause.REEXTRACTION;
        // A re-extraction is not a change the publisher made: it is left unclassified.
        Versions.Made made = edit
            ? new Versions.Made(provenance, Cause.EDIT, changes.significance(), changes.kinds(),
                notice)
            : new Versions.Made(provenance, Cause.REEXTRACTION, null, List.of(), notice);
        long id = Versions.insert(c, pageId, number, capture, next, hash, made);
        Versions.insertDiff(c, id, latest.get().id(), changes);
        return new VersionOutcome(edit ? VersionOutcome.Status.NEW
            : VersionOutcome.Status.REEXTRACTED, number, id, changes.summary());
      });
    }
  }
}
