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
        System.exit(forked >= 0 ? forked : run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            if (System.getenv("SHOWCASE_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: build, serve, check, translations, publish or vr360");
    }
}
