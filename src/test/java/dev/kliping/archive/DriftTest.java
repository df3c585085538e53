package dev.kliping.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The drift check as a table: a pass's figures against the days before, with or without rules. */
class DriftTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // case | generic | rules, generic, empty, no title, no date, words, discovered, passes | before: extracted, words, discovered, passes | alert
      "good generic pass | true | 0,10,0,0,0,4000,10,1 | 70,28000,70,7 | ",
      "good rules pass | false | 10,0,0,0,0,4000,10,1 | 70,28000,70,7 | ",
      "rules missed | false | 2,8,0,0,0,4000,10,1 | 70,28000,70,7 | rules stopped matching",
      "generic outlet reads generic | true | 0,10,0,0,0,4000,10,1 | 0,0,0,0 | ",
      "pages empty | true | 0,2,8,0,0,800,10,1 | 70,28000,70,7 | pages came back empty",
      "titles gone | true | 0,10,0,9,0,4000,10,1 | 70,28000,70,7 | titles missing",
      "dates gone | true | 0,10,0,0,9,4000,10,1 | 70,28000,70,7 | dates missing",
      "articles shrank | true | 0,10,0,0,0,1000,10,1 | 70,28000,70,7 | articles shrank",
      "no baseline, short | true | 0,10,0,0,0,1000,10,1 | 0,0,0,0 | ",
      "fewer found | true | 0,2,0,0,0,800,2,1 | 70,28000,70,7 | fewer articles found",
      "revisit pass finds none | true | 0,2,0,0,0,800,0,0 | 70,28000,70,7 | ",
  })
  void alerts(String name, boolean generic, String now, String before, String alert) {
    List<String> alerts = Drift.alerts(counts(now), baseline(before), generic);
    if (alert == null) {
      assertEquals(List.of(), alerts, name);
    } else {
      assertEquals(1, alerts.size(), name + ": " + alerts);
      assertEquals(alert, alerts.get(0).substring(0, alert.length()), name + ": " + alerts);
    }
  }

  private static HealthCounts counts(String csv) {
    long[] v = java.util.Arrays.stream(csv.split(",")).mapToLong(Long::parseLong).toArray();
    return new HealthCounts((int) v[6], (int) (v[0] + v[1] + v[2]), (int) v[0], (int) v[1],
        (int) v[2], (int) v[4], 0, (int) v[3], v[5], (int) v[7]);
  }

  private static HealthCounts baseline(String csv) {
    long[] v = java.util.Arrays.stream(csv.split(",")).mapToLong(Long::parseLong).toArray();
    return new HealthCounts((int) v[2], (int) v[0], 0, (int) v[0], 0, 0, 0, 0, v[1], (int) v[3]);
  }
}
