package dev.kliping.cli;

import java.io.PrintWriter;

/**
 * Makes archived text safe to print on a terminal. A title is whatever a web page said, and a
 * terminal obeys control characters: ESC sequences clear the screen, set the window title, write
 * the clipboard (OSC 52) or hide a link (OSC 8); a carriage return or newline forges a line.
 * Every C0 and C1 control character, DEL, and the bidirectional overrides that display text
 * reversed are shown visibly instead: ESC as the six characters backslash, u, 0, 0, 1, b.
 * Stateless.
 */
final class TerminalText {
  private TerminalText() {}

  /** The value as text with every control character shown as its escape; null as "null". */
  static String safe(Object value) {
    String s = String.valueOf(value);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** {@link PrintWriter#printf} with every argument made {@link #safe}; numbers stay numbers. */
  static void printf(PrintWriter out, String format, Object... args) {
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      safe[i] = args[i] instanceof Number ? args[i] : safe(args[i]);
    }
    out.printf(format, safe);
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }
}
