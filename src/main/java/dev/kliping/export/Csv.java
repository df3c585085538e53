package dev.kliping.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV: fields quoted only when they must be, quotes doubled, CRLF rows. */
public final class Csv {
  private final Writer out;

  public Csv(Writer out) {
    this.out = out;
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

  private void cell(String s) throws IOException {
    if (s == null) {
      return;
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
}
