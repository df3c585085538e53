package dev.kliping.archive;

import dev.kliping.version.ArticleDiff;
import dev.kliping.version.Changes;
import java.util.List;
import java.util.Optional;

/** The read side of the archive: a page's history, captures, versions and diffs, by URL. */
final class Queries {
  private final Database db;

  Queries(Database db) {
    this.db = db;
  }

  Optional<Page> page(String url) {
    return db.read(c -> Pages.find(c, url));
  }

  Optional<PageHistory> history(String url) {
    return db.read(c -> {
      Optional<Page> page = Pages.find(c, url);
      if (page.isEmpty()) {
        return Optional.empty();
      }
      Page p = page.get();
      return Optional.of(new PageHistory(p.url(), p.outletId(), p.firstSeen(), p.lastFetched(),
          Versions.history(c, p.id()), PageEvents.of(c, p.id())));
    });
  }

  List<Capture> captures(String url) {
    return db.read(c -> {
      Optional<Page> page = Pages.find(c, url);
      return page.isEmpty() ? List.<Capture>of() : Captures.forPage(c, page.get().id());
    });
  }

  Optional<Version> version(String url, int number) {
    return db.read(c -> {
      Optional<Page> page = Pages.find(c, url);
      return page.isEmpty() ? Optional.<Version>empty()
          : Versions.byNumber(c, page.get().id(), number);
    });
  }

  /**
   * The diff between two versions; {@code to} defaults to the latest and {@code from} to the one
   * before {@code to}. Empty when the page or either version does not exist.
   */
  Optional<VersionDiff> diff(String url, Integer from, Integer to) {
    return db.read(c -> {
      Optional<Page> page = Pages.find(c, url);
      if (page.isEmpty()) {
        return Optional.<VersionDiff>empty();
      }
      long pageId = page.get().id();
      Optional<Version> newer = to == null ? Versions.latest(c, pageId)
          : Versions.byNumber(c, pageId, to);
      if (newer.isEmpty()) {
        return Optional.<VersionDiff>empty();
      }
      int fromNumber = from == null ? newer.get().number() - 1 : from;
      Optional<Version> older = Versions.byNumber(c, pageId, fromNumber);
      if (older.isEmpty()) {
        return Optional.<VersionDiff>empty();
      }
      Version a = older.get();
      Version b = newer.get();
      Changes ch = ArticleDiff.between(a.article(), b.article());
      return Optional.of(new VersionDiff(url, a.number(), b.number(), a.capturedAt(),
          b.capturedAt(), ch.summary(), ch.significance(), ch.kinds(), ch.fields(),
          ch.sentences(), ch.title(), ch.body()));
    });
  }
}
