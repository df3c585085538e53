package dev.kliping.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the kliping command line in this JVM: exit code, stdout and stderr. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
