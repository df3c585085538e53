package dev.kliping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kliping.version.ArticleDiff;
import dev.kliping.version.ChangeKind;
import dev.kliping.version.Changes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChangePairsTest {
  static Stream<ChangePair> pairs() {
    return ChangePair.table().stream();
  }

  @Test
  void theTableHasAtLeastFortyPairsAndEveryKind() {
    List<ChangePair> table = ChangePair.table();
    assertTrue(table.size() >= 40, "pairs: " + table.size());
    Set<ChangeKind> seen = EnumSet.noneOf(ChangeKind.class);
    table.forEach(p -> seen.addAll(p.expectedKinds()));
    assertEquals(EnumSet.allOf(ChangeKind.class), seen);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void significanceAndKindsAreWhatAReaderSays(ChangePair pair) {
    Changes changes = ArticleDiff.between(pair.before(), pair.after());
    assertEquals(pair.expectedSignificance() + " " + pair.expectedKinds(),
        changes.significance() + " " + EnumSet.copyOf(changes.kinds()),
        () -> pair.name() + ": " + changes.changedSentences());
  }
}
