package dev.kliping.cli;

import picocli.CommandLine.Command;

/** {@code kliping outlet}: tools for an outlet's configuration file. */
@Command(name = "outlet", mixinStandardHelpOptions = true,
    description = "Outlet files: `outlet new ID --sample URL...` drafts one from article pages.",
    subcommands = OutletNewCommand.class)
final class OutletCommand implements Runnable {
  @Override
  public void run() {
    throw new UsageException("outlet: name a subcommand: new (kliping outlet --help)");
  }
}
