package vn.haiphong.showcase.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vr360}: the VR360 exhibition tools; for now {@code vr360 tile}. */
@Command(name = "vr360", mixinStandardHelpOptions = true, description = "VR360 exhibition tools.",
        subcommands = {Vr360TileCommand.class})
final class Vr360Command implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: tile");
    }
}
