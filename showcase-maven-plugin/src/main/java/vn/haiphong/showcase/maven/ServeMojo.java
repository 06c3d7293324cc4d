package vn.haiphong.showcase.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site in memory, serves it on 127.0.0.1 and rebuilds and reloads open pages when a
 * file changes, until Ctrl+C: the generator's {@code serve}. Nothing is written to
 * {@code outputDirectory}; run {@code build} for that.
 */
@Mojo(name = "serve", requiresDirectInvocation = true, requiresProject = false)
public class ServeMojo extends ShowcaseMojo {
    /** The port on 127.0.0.1 (jbake-maven-plugin's default). */
    @Parameter(property = "jbake.port", defaultValue = "8820")
    protected int port;

    @Override
    List<String> command() {
        return List.of("serve", "--port", String.valueOf(port));
    }
}
