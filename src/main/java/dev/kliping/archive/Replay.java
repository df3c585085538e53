package dev.kliping.archive;

import dev.kliping.extract.Article;
import java.net.URI;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays response records, in the order they were written, into a fresh database: the state of
 * a {@link DatabaseRebuild}. It follows the crawl's habits to give each response its page: an
 * article's response, the redirect hops that led to it, and the further pages of a multi-page
 * story fetched after it (stitched onto it before its version is stored). Outlets are crawled in
 * parallel, so their records interleave: each outlet has its own story in hand, kept until that
 * outlet's next article comes. Not thread-safe.
 */
final class Replay {
  private final Database db;
  private final ResponseReader reader;
  private final CaptureReader warc;
  private final Versioning versioning;
  final Set<Long> pages = new HashSet<>();
  int captures;
  int versions;
  /** The story in hand of each outlet. */
  private final Map<String, Story> stories = new LinkedHashMap<>();
  /** Redirect hops whose target has not come yet, by the URL their Location names. */
  private final Map<String, Redirect> redirects = new HashMap<>();

  /** An article whose version waits for the further pages that may follow it. */
  private record Story(String outletId, long pageId, Capture capture, Article article,
      Set<String> further) {
    Story with(Article page) {
      return new Story(outletId, pageId, capture, article.withContinuation(page), further);
    }
  }

  /** A redirect hop of a page: the response its Location names belongs to the same page. */
  private record Redirect(ResponseReader.PageRef page, String location) {}

  Replay(Database db, ResponseReader reader, CaptureReader warc) {
    this.db = db;
    this.reader = reader;
    this.warc = warc;
    this.versioning = new Versioning(db);
  }

  void response(String file, WarcRecovery.Found r) {
    String url = r.targetUri();
    Story owner = stories.values().stream().filter(st -> st.further().contains(url))
        .findFirst().orElse(null);
    if (owner != null) {
      Capture c = insert(owner.pageId(), file, r);
      Article page = ok(r) ? article(owner.outletId(), c) : null;
      if (page != null) {
        stories.put(owner.outletId(), owner.with(page));
      }
      return;
    }
    Redirect hop = redirects.remove(url);
    ResponseReader.PageRef page = reader.page(url)
        .or(() -> Optional.ofNullable(hop).map(Redirect::page))
        .orElse(null);
    if (page == null) {
      insert(null, file, r);
      return;
    }
    finish(page.outletId());
    long pageId = db.inTransaction(c -> Pages.upsert(c, page.outletId(), page.url(), r.date()));
    pages.add(pageId);
    Capture c = insert(pageId, file, r);
    if (r.status() != null && r.status() >= 300 && r.status() < 400) {
      String location = warc.read(c).header("Location");
      if (location != null) {
        String target = URI.create(url).resolve(location).toString();
        redirects.put(target, new Redirect(page, target));
      }
    } else if (ok(r)) {
      Article article = article(page.outletId(), c);
      if (article != null) {
        stories.put(page.outletId(), new Story(page.outletId(), pageId, c, article,
            Set.copyOf(article.continuationUrls())));
      }
    }
  }

  /** Stores the version of every story in hand. */
  void finish() {
    for (String outlet : List.copyOf(stories.keySet())) {
      finish(outlet);
    }
  }

  /** Stores the version of the outlet's story in hand, if any. */
  private void finish(String outletId) {
    Story story = stories.remove(outletId);
    if (story != null && versioning.store(story.pageId(), story.capture(), story.article())
        .isNew()) {
      versions++;
    }
  }

  /** The article in the capture's response, or null when it holds none. */
  private Article article(String outletId, Capture c) {
    Article a = reader.article(outletId, warc.read(c));
    return a != null && a.found() ? a : null;
  }

  private static boolean ok(WarcRecovery.Found r) {
    return r.status() != null && r.status() >= 200 && r.status() < 300;
  }

  /**
   * The capture id of the record a revisit record refers to, or null for a response record (or a
   * revisit whose original is not in the archive: its row then reads as the bare revisit).
   */
  static Long originalId(java.sql.Connection c, WarcRecovery.Found r)
      throws java.sql.SQLException {
    if (r.refersTo() == null) {
      return null;
    }
    return Captures.byRecordId(c, r.refersTo()).map(Capture::id).orElse(null);
  }

  private Capture insert(Long pageId, String file, WarcRecovery.Found r) {
    Capture row = new Capture(0, pageId, r.targetUri(), r.date(), r.status(), r.contentType(),
        file, r.offset(), r.length(), r.recordId(), r.payloadDigest(), r.truncated(),
        Capture.FETCHED, "row rebuilt from the WARC record");
    captures++;
    return db.inTransaction(c -> {
      Capture saved = Captures.insert(c, row, originalId(c, r));
      if (pageId != null) {
        Pages.fetched(c, pageId, r.date(), true);
      }
      return saved;
    });
  }
}
