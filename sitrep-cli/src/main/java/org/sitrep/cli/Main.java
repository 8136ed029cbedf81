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
        cli.registerConverter(java.time.LocalDate.class, Main::day);
        cli.registerConverter(Integer.class, Main::whole);
        cli.registerConverter(Integer.TYPE, Main::whole);
        cli.registerConverter(Long.class, Main::wholeLong);
        cli.registerConverter(Long.TYPE, Main::wholeLong);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            CommandLine c = ex.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            c.getErr().println(name + ": " + ex.getMessage() + " (see " + name + " --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: error: " + userMessage(ex));
            return 1;
        });
        return cli.execute(args);
    }

    /** What went wrong, in the user's terms: a file error names the file and what is wrong with it. */
    static String userMessage(Exception ex) {
        if (ex instanceof java.nio.file.NoSuchFileException e) {
            return e.getFile() + ": no such file or directory";
        }
        if (ex instanceof java.nio.file.AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (ex instanceof java.nio.file.FileSystemException e && e.getReason() != null) {
            return e.getFile() + ": " + e.getReason();
        }
        return ex.getMessage() != null ? ex.getMessage() : ex.toString();
    }

    /** A day as YYYY-MM-DD, or a conversion error saying what is wrong with it in the user's terms. */
    static java.time.LocalDate day(String value) {
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "'"
                    + org.sitrep.article.Days.problem(value).replaceFirst("^, ", ": "));
        }
    }

    /** A whole number, or a conversion error in the user's terms. */
    static int whole(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    static long wholeLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
