package dev.kliping.archive;

/**
 * What happened to one outlet on one day, summed over its passes: the figures that show whether
 * its rules still match its pages.
 *
 * @param extractedByRules articles whose body came from the outlet's selectors
 * @param fellBackToGeneric articles the rules missed, extracted by the generic extractor
 * @param emptyBody pages that yielded no article at all
 * @param missingDate stored articles with no publication date
 * @param boilerplateFound stored bodies that still hold a catalogue phrase
 */
public record HealthCounts(int discovered, int fetched, int extractedByRules,
    int fellBackToGeneric, int emptyBody, int missingDate, int boilerplateFound) {

  public static final HealthCounts ZERO = new HealthCounts(0, 0, 0, 0, 0, 0, 0);

  public HealthCounts plus(HealthCounts o) {
    return new HealthCounts(discovered + o.discovered, fetched + o.fetched,
        extractedByRules + o.extractedByRules, fellBackToGeneric + o.fellBackToGeneric,
        emptyBody + o.emptyBody, missingDate + o.missingDate,
        boilerplateFound + o.boilerplateFound);
  }
}
