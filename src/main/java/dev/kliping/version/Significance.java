package dev.kliping.version;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a change matters to a reader: {@code cosmetic} when every change in it is cosmetic or a
 * move, else {@code substantive}.
 */
public enum Significance {
  COSMETIC,
  SUBSTANTIVE;

  // Where a change is, not what it is: a headline typo fix is as cosmetic as one in the body.
  private static final Set<ChangeKind> PLACES = EnumSet.of(ChangeKind.HEADLINE, ChangeKind.METADATA);
  private static final Set<ChangeKind> HARMLESS = EnumSet.of(ChangeKind.COSMETIC, ChangeKind.MOVED);

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The significance with this label, or IllegalArgumentException naming it. */
  public static Significance of(String label) {
    for (Significance s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no such significance: " + label);
  }

  /** Of one change with these kinds: cosmetic only when what changed is cosmetic or a move. */
  public static Significance ofChange(Collection<ChangeKind> kinds) {
    EnumSet<ChangeKind> what = kinds.isEmpty() ? EnumSet.noneOf(ChangeKind.class)
        : EnumSet.copyOf(kinds);
    what.removeAll(PLACES);
    return !what.isEmpty() && HARMLESS.containsAll(what) ? COSMETIC : SUBSTANTIVE;
  }
}
