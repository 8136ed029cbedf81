package org.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep eval}: scores Sitrep on gold sets. Each gold set is a subcommand. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Sitrep on gold sets and print a table (and JSON with --json).",
        subcommands = {org.sitrep.cli.eval.EvalEventsCommand.class, org.sitrep.cli.eval.EvalGeoCommand.class,
                org.sitrep.cli.eval.EvalTimeCommand.class, org.sitrep.cli.store.EvalDedupCommand.class,
                org.sitrep.cli.eval.EvalActorsCommand.class, org.sitrep.cli.eval.EvalArticlesCommand.class,
                org.sitrep.cli.eval.EvalFactualityCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // no subcommand: run the event classification set
        spec.commandLine().getSubcommands().get("events").execute();
    }
}
