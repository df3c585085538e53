package dev.kliping.cli;

import dev.kliping.archive.Archive;
import dev.kliping.archive.StorySummary;
import dev.kliping.search.Moments;
import dev.kliping.stories.StoryRecompute;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kliping stories}: the stories with an article in a period, with their outlets. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Lists stories: pages of any outlets about one event, oldest first, with the "
        + "story each follows up.",
        "--recompute redoes every story from the stored versions (needs the archive to itself)."})
final class StoriesCommand implements Callable<Integer> {
  @Mixin ArchiveOptions options;

  @Option(names = "--from", description = "Stories with an article at or after this day or time.")
  String from;

  @Option(names = "--to", description = "... and before the end of this day (or this time).")
  String to;

  @Option(names = "--outlet", paramLabel = "ID", description = "Only stories this outlet covered.")
  String outlet;

  @Option(names = "--recompute", description = "Recompute every story first.")
  boolean recompute;

  @Spec CommandSpec spec;

  /** The API's answer, for reading it back from a daemon. */
  record StoryList(List<StorySummary> stories) {}

  @Override
  public Integer call() {
    Instant start;
    Instant end;
    try {
      start = Moments.start(from);
      end = Moments.end(to);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (recompute) {
      try (Archive archive = Archive.open(options.archiveDir(), options.archiveOptions())) {
        StoryRecompute.run(archive.stories());
      }
    }
    Map<String, String> params = new HashMap<>();
    put(params, "from", from);
    put(params, "to", to);
    put(params, "outlet", outlet);
    List<StorySummary> stories = ArchiveAccess.ask(options.archiveDir(), options.archiveOptions(),
        a -> Optional.of(new StoryList(a.stories().list(start, end, outlet))), "/api/stories",
        params, Json.type(StoryList.class)).map(StoryList::stories).orElse(List.of());
    PrintWriter out = spec.commandLine().getOut();
    if (options.format == ArchiveOptions.Format.json) {
      out.println(Json.line(new StoryList(stories)));
    } else {
      out.printf("%6s  %-20s  %5s  %-7s  %-28s  %s%n", "story", "started", "pages", "follows",
          "outlets", "title");
      for (StorySummary s : stories) {
        out.printf("%6d  %-20s  %5d  %-7s  %-28s  %s%n", s.id(), s.started(), s.pages(),
            s.followsStoryId() == null ? "" : s.followsStoryId(), String.join(",", s.outlets()),
            s.title());
      }
    }
    out.flush();
    return 0;
  }

  private static void put(Map<String, String> params, String key, String value) {
    if (value != null) {
      params.put(key, value);
    }
  }
}
