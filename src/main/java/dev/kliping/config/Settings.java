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

  public Optional<OutletConfig> outlet(String id) {
    return outlets.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The outlet whose hosts include this one, if any. */
  public Optional<OutletConfig> outletForHost(String host) {
    return outlets.stream().filter(o -> o.hosts().contains(host)).findFirst();
  }
}
