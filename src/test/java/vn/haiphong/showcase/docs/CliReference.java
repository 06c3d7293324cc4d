package vn.haiphong.showcase.docs;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import vn.haiphong.showcase.cli.Main;

/**
 * The command reference, written from picocli's model of {@link Main}: every command, option,
 * parameter and default as the jar itself knows them, so the page cannot drift from the code.
 */
final class CliReference {
    private CliReference() {
    }

    static String markdown() {
        CommandLine root = new CommandLine(new Main());
        CommandSpec spec = root.getCommandSpec();
        StringBuilder md = new StringBuilder();
        md.append("# Command reference\n\n");
        md.append(DocsGenerator.GENERATED);
        md.append("Run every command as `java -jar target/showcase.jar COMMAND [OPTIONS]` from the project folder ")
                .append("(`mvn -q -B package -DskipTests` makes the jar). ")
                .append(String.join(" ", spec.usageMessage().description())).append("\n\n");
        md.append("| command | what it does |\n|---|---|\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            md.append("| [`").append(s.name()).append("`](#").append(s.name()).append(") | ")
                    .append(cell(String.join(" ", s.usageMessage().description()))).append(" |\n");
        }
        md.append("\n## Exit codes\n\n")
                .append("| code | meaning |\n|---|---|\n")
                .append("| `").append(Main.OK).append("` | success |\n")
                .append("| `").append(Main.CONTENT_ERRORS).append("` | content errors: every problem is printed on standard error as ")
                .append("`path[:line]: message — how to fix`, all of them, and `output/` is left as it was |\n")
                .append("| `").append(Main.USAGE).append("` | a usage or machine problem: a bad flag, a folder that is not a site, ")
                .append("a tool that is not installed, a port in use |\n\n");
        md.append("## Options of `showcase` itself\n\n");
        options(md, spec);
        for (CommandLine sub : root.getSubcommands().values()) {
            command(md, sub.getCommandSpec());
        }
        return md.toString();
    }

    private static void command(StringBuilder md, CommandSpec s) {
        md.append("\n## ").append(s.name()).append("\n\n");
        for (String line : s.usageMessage().description()) {
            md.append(line.strip()).append('\n');
        }
        md.append("\n```text\n").append(new Help(s, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).strip())
                .append("\n```\n\n");
        options(md, s);
        md.append("\n`--help` prints:\n\n```text\n")
                .append(new CommandLine(s).getUsageMessage(Help.Ansi.OFF).stripTrailing()).append("\n```\n");
    }

    private static void options(StringBuilder md, CommandSpec s) {
        List<PositionalParamSpec> params = s.positionalParameters();
        if (!params.isEmpty()) {
            md.append("| parameter | description |\n|---|---|\n");
            for (PositionalParamSpec p : params) {
                md.append("| `").append(p.paramLabel()).append("` | ").append(cell(description(p.description(), p.defaultValue())))
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("| option | value | default | description |\n|---|---|---|---|\n");
        for (OptionSpec o : s.options()) {
            String value = o.typeInfo().isBoolean() ? "" : "`" + o.paramLabel() + "`"
                    + (o.arity().max() > 1 ? " …" : "");
            String dflt = o.defaultValue() != null ? "`" + o.defaultValue() + "`"
                    : o.typeInfo().isBoolean() ? "off" : "";
            md.append("| ").append(o.names().length == 0 ? "" : java.util.Arrays.stream(o.names())
                            .map(n -> "`" + n + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(value).append(" | ").append(dflt).append(" | ")
                    .append(cell(description(o.description(), o.defaultValue()))).append(" |\n");
        }
    }

    private static String description(String[] lines, String dflt) {
        return String.join(" ", lines).replace("${DEFAULT-VALUE}", dflt == null ? "" : dflt).strip();
    }

    /** Text safe inside a Markdown table cell. */
    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
