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

  OutletSummary summary(String outlet) {
    return new OutletSummary(outlet, discovered, fetched, newVersions, unchanged, errors,
        reextracted);
  }

  HealthCounts health() {
    return new HealthCounts(discovered, fetched, extractedByRules, fellBackToGeneric, emptyBody,
        missingDate, boilerplateFound);
  }

  /** True when most of the pass's articles missed the outlet's rules: the layout may have changed. */
  boolean rulesStoppedMatching() {
    int extracted = extractedByRules + fellBackToGeneric + emptyBody;
    return extracted >= 3 && 2 * (fellBackToGeneric + emptyBody) > extracted;
  }
}
