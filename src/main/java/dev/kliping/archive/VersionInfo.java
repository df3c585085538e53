package dev.kliping.archive;

import dev.kliping.version.Cause;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.Provenance;
import dev.kliping.version.Significance;
import java.time.Instant;
import java.util.List;

/**
 * One line of a page's history: a version's number, when it was captured, its title and size,
 * what changed from the version before it ("first version" for number 1), why it exists (a
 * publisher edit or our re-extraction), and for an edit its significance and kinds.
 *
 * @param significance null for first versions, re-extractions and versions stored before
 *     changes were classified
 * @param correction the text carries a notice of correction or update
 */
public record VersionInfo(int number, Instant capturedAt, long captureId, String title,
    int words, String contentHash, String changeSummary, Cause cause, Significance significance,
    List<ChangeKind> kinds, boolean correction, Provenance provenance) {

  public VersionInfo {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
  }
}
