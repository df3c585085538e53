package dev.kliping.crawl;

/** Counts what happens during one pass; not thread-safe, one per pass. */
final class PassCounter {
  int discovered;
  int fetched;
  int newVersions;
  int unchanged;
  int errors;

  OutletSummary summary(String outlet) {
    return new OutletSummary(outlet, discovered, fetched, newVersions, unchanged, errors);
  }
}
