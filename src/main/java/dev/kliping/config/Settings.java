package dev.kliping.config;

import dev.kliping.extract.Boilerplate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything the configuration says, loaded and checked: the main file and its outlets. */
public record Settings(Path file, KlipingConfig main, List<OutletConfig> outlets,
    Boilerplate boilerplate) {

  public Settings {
    outlets = List.copyOf(outlets);
  }

  /**
   * The outlets, for a command that crawls them.
   *
   * @throws ConfigException when there is none, saying where outlet files belong
   */
  public List<OutletConfig> outletsToCrawl() {
    if (outlets.isEmpty()) {
      throw new ConfigException(file, "outlets_dir", "holds no outlet files: add one <id>.yaml"
          + " per outlet to " + file.toAbsolutePath().getParent().resolve(main.outletsDir()));
    }
    return outlets;
  }

  public Optional<OutletConfig> outlet(String id) {
    return outlets.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The outlet whose hosts include this one, if any. */
  public Optional<OutletConfig> outletForHost(String host) {
    return outlets.stream().filter(o -> o.hosts().contains(host)).findFirst();
  }
}
