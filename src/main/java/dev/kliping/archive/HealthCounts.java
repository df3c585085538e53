package dev.kliping.archive;

/**
 * What happened to one outlet on one day (or in one pass), summed over its passes: the figures
 * that show whether its pages are still read as they should be.
 *
 * @param extractedByRules articles whose body came from the outlet's selectors
 * @param fellBackToGeneric articles the rules missed (or an outlet without rules), extracted by
 *     the generic extractor
 * @param emptyBody pages that yielded no article at all
 * @param missingDate stored articles with no publication date
 * @param boilerplateFound stored bodies that still hold a catalogue phrase
 * @param missingTitle extracted articles with no title
 * @param words words in the bodies of the extracted articles
 * @param passes discovery passes (those that count {@code discovered})
 */
public record HealthCounts(int discovered, int fetched, int extractedByRules,
    int fellBackToGeneric, int emptyBody, int missingDate, int boilerplateFound,
    int missingTitle, long words, int passes) {

  public static final HealthCounts ZERO = new HealthCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public HealthCounts plus(HealthCounts o) {
    return new HealthCounts(discovered + o.discovered, fetched + o.fetched,
        extractedByRules + o.extractedByRules, fellBackToGeneric + o.fellBackToGeneric,
        emptyBody + o.emptyBody, missingDate + o.missingDate,
        boilerplateFound + o.boilerplateFound, missingTitle + o.missingTitle, words + o.words,
        passes + o.passes);
  }

  /** Articles that yielded a body, by rules or generic extraction. */
  public int extracted() {
    return extractedByRules + fellBackToGeneric;
  }
}
