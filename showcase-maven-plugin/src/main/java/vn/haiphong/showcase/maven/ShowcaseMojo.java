package vn.haiphong.showcase.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import vn.haiphong.showcase.cli.Main;

/**
 * What every goal shares: the site folder and the output folder, named and defaulted as
 * jbake-maven-plugin names them ({@code jbake.inputDirectory}, {@code jbake.outputDirectory}), so
 * a JBake project switches by changing the plugin's coordinates. Each goal runs the generator's
 * command line in Maven's JVM ({@link Main#run}) and turns its exit code into Maven's failures:
 * content errors (1) fail the build with the errors already printed, usage or machine problems
 * (2) are an execution error.
 */
abstract class ShowcaseMojo extends AbstractMojo {
    /** The site: a folder with {@code site.yaml} (ours) or {@code jbake.properties} (a JBake project). */
    @Parameter(property = "jbake.inputDirectory", defaultValue = "${project.basedir}/src/main/jbake", required = true)
    protected File inputDirectory;

    /** Where the built site goes. */
    @Parameter(property = "jbake.outputDirectory", defaultValue = "${project.build.directory}/${project.build.finalName}",
            required = true)
    protected File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "showcase.skip", defaultValue = "false")
    protected boolean skip;

    /** The command line this goal runs, after {@code --site}. */
    abstract List<String> command();

    /** The exit code the generator returned; a goal may treat content errors its own way. */
    void onExit(int code) throws MojoExecutionException, MojoFailureException {
        if (code == Main.CONTENT_ERRORS) {
            throw new MojoFailureException("the site " + inputDirectory + " has errors (listed above); fix them and build again");
        }
        if (code != Main.OK) {
            throw new MojoExecutionException("showcase " + String.join(" ", command()) + " stopped (exit code " + code
                    + "); the reason is printed above");
        }
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skipped (showcase.skip)");
            return;
        }
        if (!inputDirectory.isDirectory()) {
            throw new MojoFailureException("the site folder " + inputDirectory + " does not exist; set <inputDirectory> "
                    + "(or -Djbake.inputDirectory=DIR) to the folder with site.yaml or jbake.properties");
        }
        List<String> args = new ArrayList<>(command());
        args.add(1, "--site");
        args.add(2, inputDirectory.getAbsolutePath());
        getLog().debug("showcase " + String.join(" ", args));
        onExit(Main.run(args.toArray(String[]::new)));
    }
}
