package vn.haiphong.showcase.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code showcase} command: wires the subcommands, maps failures to exit codes (0 ok, 1 content, 2 usage/environment). */
@Command(name = "showcase", mixinStandardHelpOptions = true, version = "Hai Phong Showcase 0.1.0",
        description = "Builds the five-language Hai Phong site, photo book and VR360 exhibition.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, TranslationsCommand.class,
                PublishCommand.class, Vr360Command.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int forked = Launcher.maybeFork(args);
        if (forked < 0 && args.length > 1 && args[0].equals("vr360") && args[1].equals("tile")
                && !Boolean.getBoolean(Launcher.ARCHIVING)) {
            // compiles the tiler's loops on the core the start-up and the JPEG decode leave free; not
            // in the run that writes the class-data archive (see Launcher.writeStartUpArchive)
            vn.haiphong.showcase.vr360.tiles.Warmup.start();
        }
        System.exit(forked >= 0 ? forked : run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        // picocli looks for Groovy closures in its annotations when Groovy is on the class path, and
        // that starts Groovy's whole runtime (~3,000 classes, seconds of CPU) in every command. Groovy
        // is in the jar only for JBake projects' Groovy templates; none of our annotations is a closure.
        // Here rather than in main: the Maven plugin and the tests call run() in their own JVM.
        System.setProperty("picocli.disable.closures", "true");
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getOut().flush();
            line.getErr().println("error: " + explain(ex, line.getCommandName()));
            if (System.getenv("SHOWCASE_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            line.getErr().flush();
            return USAGE;
        });
        try {
            return cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli passes on errors; these are the ones a site can provoke
            cl.getErr().println("error: " + explain(e, ""));
            if (System.getenv("SHOWCASE_DEBUG") != null) {
                e.printStackTrace(cl.getErr());
            }
            cl.getErr().flush();
            return USAGE;
        }
    }

    /**
     * The one line for a failure that reached the command line: a usage or machine problem with
     * how to fix it, or, for anything else (a bug), what happened and where to report it. The
     * stack trace is printed only with {@code SHOWCASE_DEBUG=1}.
     */
    static String explain(Throwable ex, String command) {
        if (ex instanceof SiteOptions.UsageException || ex instanceof vn.haiphong.showcase.output.OutputRefused) {
            return ex.getMessage();
        }
        String elsewhere = switch (command) {
            case "build" -> "build into a folder on another disk with --output DIR";
            case "tile" -> "write to a folder on another disk with --out DIR";
            case "check" -> "point TMPDIR (or -Djava.io.tmpdir) at a folder on another disk";
            default -> "run the command where it can write";
        };
        String machine = MachineErrors.describe(ex, elsewhere);
        if (machine != null) {
            return machine;
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory — a file of the site may be too large for the memory given (-Xmx in SHOWCASE_JAVA_OPTS);"
                    + " this is a bug if the site is ordinary, please report it with SHOWCASE_DEBUG=1 output";
        }
        return "internal error: " + ex + " — this is a bug, please report it with the command you ran;"
                + " run it again with SHOWCASE_DEBUG=1 to see the stack trace";
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: build, serve, check, translations, publish or vr360");
    }
}
