package dev.kliping.archive;

import dev.kliping.extract.Article;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays response records, in the order they were written, into a fresh database: the state of
 * a {@link DatabaseRebuild}. It follows the crawl's habits to give each response its page: an
 * article's response, the redirect hops that led to it, and the further pages of a multi-page
 * story (stitched onto it before its version is stored). Outlets are crawled in parallel, so the
 * records of one story may be interleaved with other outlets' records: a story waits, by URL,
 * for its further pages, and a redirect hop for its target. Not thread-safe.
 */
final class Replay {
  private final Database db;
  private final ResponseReader reader;
  private final CaptureReader warc;
  private final Versioning versioning;
  final Set<Long> pages = new HashSet<>();
  int captures;
  int versions;
  /** Stories waiting for further pages, by page id, in the order they began. */
  private final Map<Long, Story> waiting = new LinkedHashMap<>();
  /** The page id of the story each further page belongs to. */
  private final Map<String, Long> furtherPages = new HashMap<>();
  /** Redirect hops by the address they named: that response belongs to the same page. */
  private final Map<String, ResponseReader.PageRef> redirects = new HashMap<>();

  /** An article whose version waits for the further pages that may follow it. */
  private record Story(String outletId, long pageId, Capture capture, Article article) {
    Story with(Article page) {
      return new Story(outletId, pageId, capture, article.withContinuation(page));
    }
  }

  Replay(Database db, ResponseReader reader, CaptureReader warc) {
    this.db = db;
    this.reader = reader;
    this.warc = warc;
    this.versioning = new Versioning(db);
  }

  void response(String file, WarcRecovery.Found r) {
    String url = r.targetUri();
    Long owner = furtherPages.remove(url);
    Story story = owner == null ? null : waiting.get(owner);
    if (story != null) {
      Capture c = insert(story.pageId(), file, r);
      Article page = ok(r) ? article(story.outletId(), c) : null;
      if (page != null) {
        waiting.put(owner, story.with(page));
      }
      if (!furtherPages.containsValue(owner)) {
        store(owner);
      }
      return;
    }
    ResponseReader.PageRef page = reader.page(url)
        .or(() -> Optional.ofNullable(redirects.remove(url)))
        .orElse(null);
    if (page == null) {
      insert(null, file, r);
      return;
    }
    long pageId = db.inTransaction(c -> Pages.upsert(c, page.outletId(), page.url(), r.date()));
    pages.add(pageId);
    // A new fetch of the page: whatever of its last story never came is not coming.
    store(pageId);
    Capture c = insert(pageId, file, r);
    if (r.status() != null && r.status() >= 300 && r.status() < 400) {
      String location = warc.read(c).header("Location");
      if (location != null) {
        redirects.put(URI.create(url).resolve(location).toString(), page);
      }
    } else if (ok(r)) {
      Article article = article(page.outletId(), c);
      if (article != null) {
        waiting.put(pageId, new Story(page.outletId(), pageId, c, article));
        wait(pageId, article);
        if (!furtherPages.containsValue(pageId)) {
          store(pageId);
        }
      }
    }
  }

  /** The crawl fetches the further pages its first page names, and no others. */
  private void wait(long pageId, Article first) {
    for (String next : first.continuationUrls()) {
      furtherPages.putIfAbsent(next, pageId);
    }
  }

  /** Stores the version of the page's waiting story, if any. */
  private void store(long pageId) {
    Story story = waiting.remove(pageId);
    if (story == null) {
      return;
    }
    furtherPages.values().removeIf(id -> id == pageId);
    if (versioning.store(story.pageId(), story.capture(), story.article()).isNew()) {
      versions++;
    }
  }

  /** Stores every story still waiting: the records have all been read. */
  void finish() {
    for (Long pageId : List.copyOf(waiting.keySet())) {
      store(pageId);
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
