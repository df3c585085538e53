package dev.kliping.crawl;

import dev.kliping.archive.HealthCounts;

/** Counts what happens during one pass; not thread-safe, one per pass. */
final class PassCounter {
  int discovered;
  int fetched;
  int newVersions;
  int reextracted;
  int unchanged;
  int errors;
  int extractedByRules;
  int fellBackToGeneric;
  int emptyBody;
  int missingDate;
  int boilerplateFound;
  int missingTitle;
  long words;
  /** 1 for a discovery pass, whose {@code discovered} counts; 0 for a revisit pass. */
  int passes;

  OutletSummary summary(String outlet) {
    return new OutletSummary(outlet, discovered, fetched, newVersions, unchanged, errors,
        reextracted);
  }

  HealthCounts health() {
    return new HealthCounts(discovered, fetched, extractedByRules, fellBackToGeneric, emptyBody,
        missingDate, boilerplateFound, missingTitle, words, passes);
  }
}
