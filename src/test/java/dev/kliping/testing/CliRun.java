package dev.kliping.testing;

import dev.kliping.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the kliping command line in this JVM: exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(false, args)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n" + out + err;
  }
}
