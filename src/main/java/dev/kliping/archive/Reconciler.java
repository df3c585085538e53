package dev.kliping.archive;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every whole response record in a recovered WARC file its capture row. A crash between
 * forcing the records and committing the row leaves such a record without one; the record is
 * kept, and its row is added here so the archive and the WARC files agree again.
 */
final class Reconciler {
  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

  private final Database db;

  Reconciler(Database db) {
    this.db = db;
  }

  void addMissingRows(List<WarcRecovery.Recovered> files) {
    for (WarcRecovery.Recovered file : files) {
      int added = db.inTransaction(c -> {
        int n = 0;
        for (WarcRecovery.Found r : file.records()) {
          if (!r.isCapture() || Captures.exists(c, file.file(), r.offset())) {
            continue;
          }
          Optional<Page> page = Pages.find(c, r.targetUri());
          Captures.insert(c, new Capture(0, page.map(Page::id).orElse(null), r.targetUri(),
              r.date(), r.status(), r.contentType(), file.file(), r.offset(), r.length(),
              r.recordId(), r.payloadDigest(), r.truncated(), Capture.RECOVERED,
              "the process stopped after writing this record and before recording it"),
              Replay.originalId(c, r));
          n++;
        }
        return n;
      });
      if (added > 0) {
        log.warn("{}: added {} capture rows for responses recorded just before a crash",
            file.file(), added);
      }
    }
  }
}
