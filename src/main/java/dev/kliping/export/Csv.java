package dev.kliping.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields quoted only when they must be, quotes doubled, CRLF rows. NUL
 * characters are dropped (spreadsheets and many CSV readers cut the cell or the file there). By
 * default a cell a spreadsheet would run as a formula is guarded as OWASP advises: one that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading {@code '}, so archived text
 * such as {@code =HYPERLINK(...)} shows as text. {@link Cells#RAW} writes the values unaltered.
 */
public final class Csv {
  /** Whether formula-like cells are guarded. */
  public enum Cells { GUARDED, RAW }

  private final Writer out;
  private final Cells cells;

  /** A writer that guards formula-like cells. */
  public Csv(Writer out) {
    this(out, Cells.GUARDED);
  }

  public Csv(Writer out, Cells cells) {
    this.out = out;
    this.cells = cells;
  }

  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      cell(cells.get(i));
    }
    out.write("\r\n");
  }

  private void cell(String value) throws IOException {
    if (value == null) {
      return;
    }
    String s = value.indexOf('\0') >= 0 ? value.replace("\0", "") : value;
    if (cells == Cells.GUARDED && isFormula(s)) {
      s = "'" + s;
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0;
    if (!quote) {
      out.write(s);
      return;
    }
    out.write('"');
    out.write(s.replace("\"", "\"\""));
    out.write('"');
  }

  /** OWASP's list of the characters that make a spreadsheet read a cell as a formula. */
  private static boolean isFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
