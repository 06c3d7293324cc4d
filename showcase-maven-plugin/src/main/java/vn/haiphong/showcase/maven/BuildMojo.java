package vn.haiphong.showcase.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.haiphong.showcase.cli.Main;

/** Builds the site into {@link #outputDirectory}: the generator's {@code build}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class BuildMojo extends ShowcaseMojo {
    /**
     * Whether content errors fail the Maven build (jbake-maven-plugin's {@code failOnError}). When
     * false they are reported and the build goes on; the previous output stays as it was, since the
     * generator never writes a half-built site.
     */
    @Parameter(property = "jbake.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /** Also build drafts, future and expired pages. */
    @Parameter(property = "showcase.drafts", defaultValue = "false")
    protected boolean drafts;

    /** The absolute URL the site is published at, replacing the configured one. */
    @Parameter(property = "showcase.baseUrl")
    protected String baseUrl;

    @Override
    List<String> command() {
        List<String> c = new ArrayList<>(List.of("build", "--output", outputDirectory.getAbsolutePath()));
        if (drafts) {
            c.add("--drafts");
        }
        if (baseUrl != null && !baseUrl.isBlank()) {
            c.add("--base-url");
            c.add(baseUrl);
        }
        return c;
    }

    @Override
    void onExit(int code) throws MojoExecutionException, MojoFailureException {
        if (code == Main.CONTENT_ERRORS && !failOnError) {
            getLog().warn("the site has errors (listed above); the output was not updated (failOnError is false)");
            return;
        }
        super.onExit(code);
    }
}
