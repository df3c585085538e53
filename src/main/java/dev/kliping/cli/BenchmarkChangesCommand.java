package dev.kliping.cli;

import dev.kliping.bench.ChangeBenchmark;
import dev.kliping.bench.ChangePair;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kliping benchmark-changes}: classification accuracy on the built-in table of version
 * pairs, and the time to align and classify a long article against a plain word diff.
 */
@Command(name = "benchmark-changes", mixinStandardHelpOptions = true,
    description = "Prints change classification accuracy on the built-in table of hand-made "
        + "version pairs, and the median time to diff and classify a pair of long articles "
        + "beside a plain word diff of the same pair.")
final class BenchmarkChangesCommand implements Callable<Integer> {
  @Option(names = "--words", defaultValue = "1000",
      description = "Words in the timed article (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--rounds", defaultValue = "200",
      description = "Timed rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (words < 10 || rounds < 1) {
      throw new UsageException("--words must be at least 10 and --rounds at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    ChangeBenchmark.Accuracy a = ChangeBenchmark.accuracy(ChangePair.table());
    out.printf(Locale.ROOT, "table: %d pairs%n", a.pairs());
    out.printf(Locale.ROOT, "significance right: %d/%d (%.1f%%)%n", a.significanceRight(),
        a.pairs(), 100.0 * a.significanceRight() / a.pairs());
    out.printf(Locale.ROOT, "kinds exactly right: %d/%d (%.1f%%)%n", a.kindsRight(), a.pairs(),
        100.0 * a.kindsRight() / a.pairs());
    out.printf(Locale.ROOT, "substantive edits found: %d/%d%n", a.substantiveFound(),
        a.substantive());
    a.misses().forEach(m -> out.println("  miss: " + m));
    ChangeBenchmark.Timing t = ChangeBenchmark.timing(words, rounds);
    out.printf(Locale.ROOT, "timing: %d-word article, median of %d rounds%n", t.words(),
        t.rounds());
    out.printf(Locale.ROOT, "  align + classify + word diff: %.3f ms per version pair%n",
        t.classifyMillis());
    out.printf(Locale.ROOT, "  plain word diff of the body:  %.3f ms per version pair (%.1fx)%n",
        t.wordDiffMillis(), t.classifyMillis() / t.wordDiffMillis());
    out.printf(Locale.ROOT, "  the timed pair: %s %s%n", t.significance(), t.kinds());
    out.flush();
    return a.significanceRight() == a.pairs() ? 0 : 1;
  }
}
