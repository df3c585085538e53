package dev.kliping.archive;

import dev.kliping.extract.Article;
import dev.kliping.version.ArticleDiff;
import dev.kliping.version.Changes;
import dev.kliping.version.NormalizedArticle;
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

  /** Stores the article as the page's next version unless it equals the latest one. */
  VersionOutcome store(long pageId, Capture capture, Article article) {
    Objects.requireNonNull(capture, "capture");
    Objects.requireNonNull(article, "article");
    NormalizedArticle next = NormalizedArticle.of(article);
    if (next.paragraphs().isEmpty()) {
      String why = article.problem() == null ? "no body" : article.problem();
      return new VersionOutcome(VersionOutcome.Status.NO_ARTICLE, 0, 0, "no article: " + why);
    }
    String hash = next.contentHash();
    synchronized (numbering) {
      return db.inTransaction(c -> {
        Optional<Version> latest = Versions.latest(c, pageId);
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
          Version same = latest.get();
          return new VersionOutcome(VersionOutcome.Status.UNCHANGED, same.number(), same.id(),
              "unchanged");
        }
        int number = latest.map(v -> v.number() + 1).orElse(1);
        long id = Versions.insert(c, pageId, number, capture, next);
        if (latest.isEmpty()) {
          return new VersionOutcome(VersionOutcome.Status.NEW, number, id, "first version");
        }
        Changes changes = ArticleDiff.between(latest.get().article(), next);
        Versions.insertDiff(c, id, latest.get().id(), changes);
        return new VersionOutcome(VersionOutcome.Status.NEW, number, id, changes.summary());
      });
    }
  }
}
