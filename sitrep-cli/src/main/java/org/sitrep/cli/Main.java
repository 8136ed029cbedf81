package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Sitrep turns news articles into event data: who did what to whom, when, where.",
        subcommands = {CodeCommand.class, BenchCommand.class, EvalCommand.class,
                org.sitrep.cli.store.IngestCommand.class, org.sitrep.cli.store.WatchCommand.class, org.sitrep.cli.store.QueryCommand.class,
                org.sitrep.cli.store.ExportCommand.class, org.sitrep.cli.serve.ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; errors become one line on stderr. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: error: " + (ex.getMessage() != null ? ex.getMessage() : ex));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
